import { z } from 'zod';
import { autoHandBackConversations } from '../../inbox/auto-hand-back-conversations';
import { defineJob } from '../define-job';

/** Workspaces with autoHandBackMinutes set: idle human conversations return to the AI. */
export const autoHandBackJob = defineJob({
  name: 'auto-hand-back',
  payload: z.strictObject({}),
  retry: { limit: 2, delaySeconds: 30 },
  schedule: '* * * * *',
  async handler(_payload, { log }) {
    const { handedBack } = await autoHandBackConversations();
    if (handedBack > 0) log.info({ handedBack }, 'conversations handed back to the AI after idle time');
  },
});
