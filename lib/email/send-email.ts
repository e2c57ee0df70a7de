// What request-path code calls to send an email. Validates now (so a bad call fails in the
// request, not in a retry loop) and queues the send-email job, which renders and delivers.
// Must not import the React renderers: server actions run in the RSC layer.
import { z } from 'zod';
import { generateUuidV7 } from '../crypto/generate-uuid-v7';
import { AppError } from '../errors';
import { enqueue } from '../jobs/enqueue';
import { emailTemplateSchemas, type EmailTemplateInput, type EmailTemplateName } from './email-template-schemas';

export async function sendEmail<Name extends EmailTemplateName>(input: {
  to: string;
  template: Name;
  props: EmailTemplateInput<Name>;
  /** A job that may run twice passes a stable id, so its re-run does not send a second email. */
  messageId?: string;
}): Promise<{ messageId: string }> {
  const to = z.email().safeParse(input.to);
  if (!to.success) throw new AppError('bad_request', 'Invalid recipient email address');
  const template = emailTemplateSchemas[input.template] as (typeof emailTemplateSchemas)[EmailTemplateName] | undefined;
  if (!template) throw new AppError('bad_request', `Unknown email template "${input.template}"`);
  const props = template.schema.safeParse(input.props);
  if (!props.success) {
    throw new AppError('bad_request', `Invalid props for email template "${input.template}"`, {
      issues: props.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    });
  }
  // The id travels with the job: the EmailMessage row is created with it, so a re-run of the
  // job (crash before ack) sees the row and does not send twice.
  const messageId = input.messageId ?? generateUuidV7();
  await enqueue('send-email', { messageId, to: to.data, template: input.template, props: props.data });
  return { messageId };
}
