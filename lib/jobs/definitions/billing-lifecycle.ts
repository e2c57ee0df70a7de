import { z } from 'zod';
import { defineJob } from '../define-job';

/** Every 15 minutes: welcome / trial-ending / trial-ended emails, and the Stripe event sweep. */
export const billingLifecycleJob = defineJob({
  name: 'billing-lifecycle',
  payload: z.strictObject({}),
  retry: { limit: 3, delaySeconds: 60 },
  timeoutSeconds: 300,
  schedule: '*/15 * * * *',
  async handler(_payload, { log }) {
    // Lazy imports: both enqueue jobs (enqueue → registry → this file).
    const { sendLifecycleEmails } = await import('../../billing/send-lifecycle-emails');
    const { sweepStripeEvents } = await import('../../billing/webhooks/sweep-stripe-events');
    const emails = await sendLifecycleEmails();
    const events = await sweepStripeEvents();
    log.info({ ...emails, ...events }, 'billing lifecycle done');
  },
});
