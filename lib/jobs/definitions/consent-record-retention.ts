import { z } from 'zod';
import { purgeConsentRecords } from '../../consent/purge-consent-records';
import { defineJob } from '../define-job';

export const consentRecordRetentionJob = defineJob({
  name: 'consent-record-retention',
  payload: z.strictObject({}),
  retry: { limit: 5, delaySeconds: 300 },
  schedule: '17 3 * * *', // daily, off the hour
  async handler(_payload, { log }) {
    const deleted = await purgeConsentRecords();
    log.info({ deleted }, 'consent record retention sweep done');
  },
});
