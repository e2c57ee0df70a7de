import { z } from 'zod';
import { defineJob } from '../define-job';

/** Daily: every sweep of the retention table (lib/retention/run-retention-sweeps.ts). */
export const privacyRetentionSweepJob = defineJob({
  name: 'privacy-retention-sweep',
  payload: z.strictObject({}),
  retry: { limit: 3, delaySeconds: 300 },
  timeoutSeconds: 3_600,
  schedule: '41 2 * * *', // daily, off the hour
  async handler(_payload, { log }) {
    const { runRetentionSweeps } = await import('../../retention/run-retention-sweeps');
    const results = await runRetentionSweeps({ log });
    log.info({ results }, 'privacy retention sweeps done');
  },
});
