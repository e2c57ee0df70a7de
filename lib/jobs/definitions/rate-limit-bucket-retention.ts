import { z } from 'zod';
import { sweepRateLimitBuckets } from '../../security/rate-limit';
import { defineJob } from '../define-job';

/**
 * Expired rate-limit windows are dead weight, and their keys hold emails and addresses: a flood of
 * rotating subjects (many IPs, many guessed emails) must not grow the table for ever.
 */
export const rateLimitBucketRetentionJob = defineJob({
  name: 'rate-limit-bucket-retention',
  payload: z.strictObject({}),
  retry: { limit: 3, delaySeconds: 60 },
  schedule: '17 * * * *', // hourly, off the hour
  async handler(_payload, { log }) {
    const deleted = await sweepRateLimitBuckets();
    log.info({ deleted }, 'rate-limit bucket sweep done');
  },
});
