// THE table of how long Relaydesk keeps each kind of data. The privacy-retention-sweep job runs
// the sweep of every row daily, and the Privacy Policy renders its retention section from the
// same rows (lib/legal/retention-periods.ts), so the page cannot promise what the code does not do.
// tests/unit/privacy-page-truth.test.ts checks every period the page states against this table.
import { SESSION_ABSOLUTE_LIFETIME_MS } from '../auth/session-policy';
import { ACCOUNT_DELETION_GRACE_DAYS, WORKSPACE_CLOSURE_GRACE_DAYS } from '../account/account-deletion-policy';
import { DATA_RETENTION_AFTER_DISCONNECT_DAYS } from '../channels/disconnect-channel';
import { CONSENT_RECORD_RETENTION_YEARS } from '../consent/retention';
import { env } from '../env';
import { INBOX_EVENT_RETENTION_HOURS } from '../jobs/definitions/inbox-event-retention';
import { PUBLIC_REQUEST_EXPIRY_DAYS } from '../privacy/deletion-codes';

export const SESSION_RECORD_DAYS_AFTER_END = 30;
export const EMAIL_COPY_RETENTION_DAYS = 30;
export const AGENT_RUN_RETENTION_DAYS = 180;
export const NOTIFICATION_OUTBOX_RETENTION_DAYS = 7;
export const PENDING_STATUS_RETENTION_DAYS = 7;
export const WORKSPACE_EXPORT_DOWNLOAD_DAYS = 7;
export const USER_TOKEN_DAYS_AFTER_EXPIRY = 7;
export const CLOSED_PRIVACY_REQUEST_RETENTION_YEARS = 3;
/** Conversation history choices a workspace owner has (Settings → Workspace). */
export const HISTORY_RETENTION_DAYS = { days_90: 90, months_12: 365, forever: null } as const;

export type RetentionPeriod = {
  id: string;
  /** What is kept, in the policy's words. */
  data: string;
  /** How long, in the policy's words. */
  period: string;
  /** The number of days the sweep uses (null: no fixed age — by setting or by event). */
  days: number | null;
};

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

export function listRetentionPeriods(source: { auditLogDays?: number; rawWebhookDays?: number } = {}): RetentionPeriod[] {
  const auditLogDays = source.auditLogDays ?? env().AUDIT_LOG_RETENTION_DAYS;
  const rawWebhookDays = source.rawWebhookDays ?? env().WEBHOOK_RAW_RETENTION_DAYS;
  return [
    { id: 'account', data: 'Account data (name, email, password hash, workspace membership)', period: `Until you delete your account; it is erased ${days(ACCOUNT_DELETION_GRACE_DAYS)} after you ask`, days: ACCOUNT_DELETION_GRACE_DAYS },
    { id: 'workspace', data: 'A workspace and everything in it', period: `Until its owner closes it; it is erased ${days(WORKSPACE_CLOSURE_GRACE_DAYS)} after closing`, days: WORKSPACE_CLOSURE_GRACE_DAYS },
    {
      id: 'conversations',
      data: 'Conversations, contacts, messages and media',
      period: `As the workspace owner chooses: 90 days, 12 months or as long as the workspace exists, counted from the last message (default: kept for as long as the workspace exists; a plan's history days only limit what the inbox shows, they never delete). Deleted ${days(DATA_RETENTION_AFTER_DISCONNECT_DAYS)} after a channel is disconnected, or at once on a verified deletion request`,
      days: null,
    },
    { id: 'raw_webhooks', data: 'Raw message notifications from Meta (kept to replay failures)', period: days(rawWebhookDays), days: rawWebhookDays },
    { id: 'sessions', data: 'Sign-in sessions', period: `At most ${days(SESSION_ABSOLUTE_LIFETIME_MS / 86_400_000)}; records deleted ${days(SESSION_RECORD_DAYS_AFTER_END)} after they end`, days: SESSION_RECORD_DAYS_AFTER_END },
    { id: 'email_copies', data: 'Copies of emails we sent you', period: days(EMAIL_COPY_RETENTION_DAYS), days: EMAIL_COPY_RETENTION_DAYS },
    { id: 'agent_runs', data: 'AI agent run records (replies, sources, cost)', period: days(AGENT_RUN_RETENTION_DAYS), days: AGENT_RUN_RETENTION_DAYS },
    { id: 'notification_outbox', data: 'Email alerts waiting to be sent', period: days(NOTIFICATION_OUTBOX_RETENTION_DAYS), days: NOTIFICATION_OUTBOX_RETENTION_DAYS },
    { id: 'pending_statuses', data: 'Delivery statuses that arrived before their message', period: days(PENDING_STATUS_RETENTION_DAYS), days: PENDING_STATUS_RETENTION_DAYS },
    { id: 'workspace_exports', data: 'Workspace export files', period: days(WORKSPACE_EXPORT_DOWNLOAD_DAYS), days: WORKSPACE_EXPORT_DOWNLOAD_DAYS },
    { id: 'user_tokens', data: 'Email verification and password reset links', period: `${days(USER_TOKEN_DAYS_AFTER_EXPIRY)} after they expire`, days: USER_TOKEN_DAYS_AFTER_EXPIRY },
    { id: 'audit_log', data: 'Audit log (who did what in a workspace)', period: days(auditLogDays), days: auditLogDays },
    { id: 'inbox_events', data: 'Live-inbox update events', period: `${INBOX_EVENT_RETENTION_HOURS} hours`, days: INBOX_EVENT_RETENTION_HOURS / 24 },
    { id: 'consent_records', data: 'Cookie consent records (random id, choices, policy version, time, browser)', period: `${CONSENT_RECORD_RETENTION_YEARS} years`, days: CONSENT_RECORD_RETENTION_YEARS * 365 },
    {
      id: 'deletion_requests',
      data: 'Data deletion requests',
      period: `Unconfirmed requests expire after ${days(PUBLIC_REQUEST_EXPIRY_DAYS)}; the identifier is dropped when a request closes, and its salted hash, status and dates are kept ${CLOSED_PRIVACY_REQUEST_RETENTION_YEARS} years as proof`,
      days: CLOSED_PRIVACY_REQUEST_RETENTION_YEARS * 365,
    },
  ];
}
