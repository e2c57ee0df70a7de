import { z } from 'zod';
import { sweepAuditLogs } from '../../audit/sweep-audit-logs';
import { env } from '../../env';
import { defineJob } from '../define-job';

export const auditLogRetentionJob = defineJob({
  name: 'audit-log-retention',
  payload: z.strictObject({ retentionDays: z.number().int().min(1).optional() }),
  retry: { limit: 5, delaySeconds: 60 },
  schedule: '17 3 * * *', // daily, off the hour to avoid the thundering herd
  async handler(payload, { log }) {
    const retentionDays = payload.retentionDays ?? env().AUDIT_LOG_RETENTION_DAYS;
    const deleted = await sweepAuditLogs({ retentionDays });
    log.info({ deleted, retentionDays }, 'audit log retention sweep done');
  },
});
