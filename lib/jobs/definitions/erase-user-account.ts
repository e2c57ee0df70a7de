import { z } from 'zod';
import { defineJob } from '../define-job';

/** Queued for the end of an account's deletion grace period; re-checks before erasing. */
export const eraseUserAccountJob = defineJob({
  name: 'erase-user-account',
  payload: z.strictObject({ userId: z.uuid() }),
  retry: { limit: 5, delaySeconds: 300 },
  timeoutSeconds: 1_800,
  async handler(payload, { log }) {
    const { eraseDueUserAccount } = await import('../../account/erase-due-user-account');
    log.info({ userId: payload.userId, result: await eraseDueUserAccount(payload) }, 'account erasure checked');
  },
});
