import { z } from 'zod';
import { deliverOutboundMessage } from '../../inbox/deliver-outbound-message';
import { defineJob } from '../define-job';

const retry = { limit: 5, delaySeconds: 10 };

export const sendMessageJob = defineJob({
  name: 'send-message',
  /** Only the id: the content stays in the database (never message bodies in the queue). */
  payload: z.strictObject({ messageId: z.uuid() }),
  retry,
  timeoutSeconds: 120,
  // Woken by enqueue() (locally or through NOTIFY); the poll is a safety net.
  pollingIntervalSeconds: 2,
  concurrency: 8,
  async handler({ messageId }, { attempt, log }) {
    // attempt counts from 1, so the last allowed run is retry.limit + 1.
    const outcome = await deliverOutboundMessage({ messageId, finalAttempt: attempt > retry.limit, log });
    log.debug({ messageId, outcome }, 'send-message done');
  },
});
