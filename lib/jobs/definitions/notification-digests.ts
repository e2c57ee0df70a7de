import { z } from 'zod';
import { sendNotificationDigests } from '../../notifications/send-notification-digests';
import { defineJob } from '../define-job';

export const notificationDigestsJob = defineJob({
  name: 'notification-digests',
  payload: z.strictObject({}),
  retry: { limit: 2, delaySeconds: 30 },
  timeoutSeconds: 120,
  schedule: '* * * * *', // every minute; rows wait ≥ 2 minutes so a burst collapses into one email
  async handler(_payload, { log }) {
    const result = await sendNotificationDigests();
    if (result.rows) log.info(result, 'notification digests queued');
  },
});
