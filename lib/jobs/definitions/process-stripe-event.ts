import { z } from 'zod';
import { defineJob } from '../define-job';

const retry = { limit: 8, delaySeconds: 15 };

/**
 * Applies one stored Stripe webhook event (lib/billing/webhooks). Retries with backoff (about an
 * hour in all) cover Stripe or the database being briefly unreachable; the handler is idempotent.
 */
export const processStripeEventJob = defineJob({
  name: 'process-stripe-event',
  payload: z.strictObject({ eventId: z.string().regex(/^evt_[A-Za-z0-9_]+$/) }),
  retry,
  timeoutSeconds: 60,
  pollingIntervalSeconds: 1,
  async handler({ eventId }, { attempt, log }) {
    // Lazy import: the handler enqueues emails (enqueue → registry → this file).
    const { processStripeEvent } = await import('../../billing/webhooks/process-stripe-event');
    await processStripeEvent({ eventId, attempt, maxAttempts: retry.limit + 1, log });
  },
});
