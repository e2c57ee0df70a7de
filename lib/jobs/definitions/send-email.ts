import { z } from 'zod';
import { deliverEmail } from '../../email/deliver-email';
import { emailTemplateNames } from '../../email/email-template-schemas';
import { renderEmail } from '../../email/render-email';
import { defineJob } from '../define-job';

export const sendEmailJob = defineJob({
  name: 'send-email',
  payload: z.strictObject({
    /** The EmailMessage id; makes the job safe to run twice. */
    messageId: z.uuid(),
    to: z.email(),
    template: z.enum(emailTemplateNames),
    /** Validated against the template's schema by sendEmail and again when rendering. */
    props: z.record(z.string(), z.unknown()),
  }),
  retry: { limit: 6, delaySeconds: 30 },
  timeoutSeconds: 60,
  async handler({ messageId, to, template, props }, { log }) {
    const email = renderEmail({ template, props });
    const result = await deliverEmail({ messageId, to, template, ...email });
    // Never the address or the body at info level.
    log.info({ messageId, template, transport: result.transport, providerId: result.providerId, alreadyDelivered: result.alreadyDelivered }, 'email delivered');
  },
});
