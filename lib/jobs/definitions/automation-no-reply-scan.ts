import { z } from 'zod';
import { defineJob } from '../define-job';

/** Every minute: queues `no_reply` events for conversations that have waited N minutes for a reply. */
export const automationNoReplyScanJob = defineJob({
  name: 'automation-no-reply-scan',
  payload: z.strictObject({}),
  retry: { limit: 2, delaySeconds: 30 },
  schedule: '* * * * *',
  async handler(_payload, { log }) {
    const { scanNoReply } = await import('../../automations/scan-no-reply');
    const { queued } = await scanNoReply();
    if (queued > 0) log.info({ queued }, 'no-reply automation events queued');
  },
});
