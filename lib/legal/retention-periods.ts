// Retention periods for the Privacy Policy, read from the constants and settings the code
// enforces, so the policy cannot drift from what the sweeps actually delete.
import { SESSION_ABSOLUTE_LIFETIME_MS } from '../auth/session-policy';
import { DATA_RETENTION_AFTER_DISCONNECT_DAYS } from '../channels/disconnect-channel';
import { env } from '../env';
import { INBOX_EVENT_RETENTION_HOURS } from '../jobs/definitions/inbox-event-retention';

import { CONSENT_RECORD_RETENTION_YEARS } from '../consent/retention';

export type RetentionPeriod = { data: string; period: string };

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

export function listRetentionPeriods(auditLogRetentionDays = env().AUDIT_LOG_RETENTION_DAYS): RetentionPeriod[] {
  return [
    { data: 'Account data (name, email, password hash, workspace membership)', period: 'Until you delete your account or workspace' },
    { data: 'Conversations, contacts and media of a connected channel', period: `While the channel is connected; deleted ${days(DATA_RETENTION_AFTER_DISCONNECT_DAYS)} after it is disconnected, or at once on a deletion request` },
    { data: 'Sign-in sessions', period: `At most ${days(SESSION_ABSOLUTE_LIFETIME_MS / 86_400_000)}` },
    { data: 'Audit log (who did what in a workspace)', period: days(auditLogRetentionDays) },
    { data: 'Live-inbox update events', period: `${INBOX_EVENT_RETENTION_HOURS} hours` },
    { data: 'Cookie consent records (random id, choices, policy version, time, browser)', period: `${CONSENT_RECORD_RETENTION_YEARS} years` },
    { data: 'Data deletion requests (confirmation code, status)', period: 'Kept as proof that the request was carried out' },
  ];
}
