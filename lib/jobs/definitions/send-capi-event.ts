import { z } from 'zod';
import { sendCapiEvent } from '../../capi/send-capi-event';
import { defineJob } from '../define-job';

/** One Cal.com booking's "Schedule" event to Meta's Conversions API (lib/capi/send-capi-event.ts). */
const retry = { limit: 8, delaySeconds: 60 };

export const sendCapiEventJob = defineJob({
  name: 'send-capi-event',
  payload: z.strictObject({ capiEventId: z.uuid() }),
  // Backoff 60 s, 120 s, … ≈ 4 h in total: Meta accepts website events up to 7 days old.
  retry,
  timeoutSeconds: 60,
  async handler({ capiEventId }, { attempt, log }) {
    // On the last attempt a failure drops the stored identifiers: the dead letter never sends.
    await sendCapiEvent({ capiEventId, log, finalAttempt: attempt > retry.limit });
  },
});
