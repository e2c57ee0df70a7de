import { z } from 'zod';
import { sendCapiEvent } from '../../capi/send-capi-event';
import { defineJob } from '../define-job';

/** One Cal.com booking's "Schedule" event to Meta's Conversions API (lib/capi/send-capi-event.ts). */
export const sendCapiEventJob = defineJob({
  name: 'send-capi-event',
  payload: z.strictObject({ capiEventId: z.uuid() }),
  // Backoff 60 s, 120 s, … ≈ 4 h in total: Meta accepts website events up to 7 days old.
  retry: { limit: 8, delaySeconds: 60 },
  timeoutSeconds: 60,
  async handler({ capiEventId }, { log }) {
    await sendCapiEvent({ capiEventId, log });
  },
});
