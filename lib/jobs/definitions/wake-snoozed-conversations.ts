import { z } from 'zod';
import { wakeSnoozedConversations } from '../../inbox/wake-snoozed-conversations';
import { defineJob } from '../define-job';

/** Snoozed conversations whose snoozedUntil has passed open again. */
export const wakeSnoozedConversationsJob = defineJob({
  name: 'wake-snoozed-conversations',
  payload: z.strictObject({}),
  retry: { limit: 2, delaySeconds: 30 },
  schedule: '* * * * *',
  async handler(_payload, { log }) {
    const { woken } = await wakeSnoozedConversations();
    if (woken > 0) log.info({ woken }, 'snoozed conversations woken');
  },
});
