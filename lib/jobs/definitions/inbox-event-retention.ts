import { z } from 'zod';
import { sweepPresence } from '../../inbox/presence/sweep-presence';
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
    // Presence rows of tabs that never said goodbye; reads already ignore rows older than 45 s.
    const presenceDeleted = await sweepPresence();
    log.info({ deleted, presenceDeleted }, 'inbox event retention sweep done');
  },
});
