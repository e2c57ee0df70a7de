import { z } from 'zod';
import { defineJob } from '../define-job';

const retry = { limit: 5, delaySeconds: 5 };

/**
 * Normalises and stores one WebhookEvent. A short timeout lets pg-boss hand a job whose worker
 * died (SIGKILL, OOM) to another worker quickly; the handler is idempotent by unique keys.
 */
export const processWebhookEventJob = defineJob({
  name: 'process-webhook-event',
  payload: z.object({ eventId: z.uuid() }),
  retry,
  timeoutSeconds: 30,
  // Started at once by the intake's NOTIFY; the poll is only a safety net (lib/jobs/run-queue.ts).
  pollingIntervalSeconds: 2,
  concurrency: 8,
  async handler({ eventId }, { attempt, log }) {
    // Imported lazily: the processor enqueues follow-up jobs (enqueue → registry → this file),
    // and a static import would let the registry capture this definition before it exists.
    const { processWebhookEvent } = await import('../../meta/webhooks/process-webhook-event');
    await processWebhookEvent({ eventId, attempt, maxAttempts: retry.limit + 1, log });
  },
});
