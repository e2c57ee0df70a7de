import { z } from 'zod';
import { sweepInboxEvents } from '../../realtime/sweep-inbox-events';
import { defineJob } from '../define-job';

/** Live-inbox events only bridge reconnects; a day covers any client that was merely asleep. */
export const INBOX_EVENT_RETENTION_HOURS = 24;

export const inboxEventRetentionJob = defineJob({
  name: 'inbox-event-retention',
  payload: z.strictObject({ maxAgeHours: z.number().int().min(1).optional() }),
  retry: { limit: 5, delaySeconds: 60 },
  schedule: '43 4 * * *', // daily, off the hour
  async handler(payload, { log }) {
    const deleted = await sweepInboxEvents({ maxAgeHours: payload.maxAgeHours ?? INBOX_EVENT_RETENTION_HOURS });
    log.info({ deleted }, 'inbox event retention sweep done');
  },
});
