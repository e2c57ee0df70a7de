import { z } from 'zod';
import { defineJob } from '../define-job';

/** Daily and cheap when there is nothing to do: fills Channel.metaUserId for older channels. */
export const backfillMetaUserIdsJob = defineJob({
  name: 'backfill-meta-user-ids',
  payload: z.strictObject({}),
  retry: { limit: 2, delaySeconds: 600 },
  schedule: '23 4 * * *',
  async handler(_payload, { log }) {
    const { backfillMetaUserIds } = await import('../../channels/backfill-meta-user-ids');
    log.info(await backfillMetaUserIds(), 'meta user id backfill done');
  },
});
