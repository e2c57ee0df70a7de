// Runs the sweep behind every row of the retention table (retention-periods.ts) that this job
// owns; audit log, inbox events and consent records have their own jobs. Each sweep is
// independent (one failing is logged and the others still run) and idempotent. Overdue account
// and workspace erasures are picked up here too, in case their scheduled job was lost.
import { eraseDueUserAccount } from '../account/erase-due-user-account';
import { SESSION_IDLE_TIMEOUT_MS } from '../auth/session-policy';
import { db } from '../db';
import { env } from '../env';
import type { Logger } from '../logger';
import { expireDataDeletionRequests } from '../privacy/expire-data-deletion-requests';
import { eraseClosedWorkspace } from '../workspaces/erase-closed-workspace';
import { deleteInBatches } from './delete-in-batches';
import {
  AGENT_RUN_RETENTION_DAYS,
  EMAIL_COPY_RETENTION_DAYS,
  NOTIFICATION_OUTBOX_RETENTION_DAYS,
  PENDING_STATUS_RETENTION_DAYS,
  SESSION_RECORD_DAYS_AFTER_END,
  USER_TOKEN_DAYS_AFTER_EXPIRY,
} from './retention-periods';
import { sweepConversationHistory } from './sweep-conversation-history';
import { sweepRawWebhooks } from './sweep-raw-webhooks';
import { sweepWorkspaceExports } from './sweep-workspace-exports';

const ago = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/** Sweeps by retention-table id; tests/unit/retention-table.test.ts checks each id exists there. */
export const retentionSweeps: Record<string, (now: Date) => Promise<unknown>> = {
  conversations: (now) => sweepConversationHistory({ now }),
  raw_webhooks: (now) => sweepRawWebhooks({ days: env().WEBHOOK_RAW_RETENTION_DAYS, now }),
  // A session ends when revoked, at its absolute expiry, or after the idle timeout.
  sessions: (now) =>
    deleteInBatches('Session', `least(coalesce("revokedAt", "expiresAt"), "expiresAt", "lastSeenAt" + make_interval(secs => $2)) < $1`, [ago(now, SESSION_RECORD_DAYS_AFTER_END), SESSION_IDLE_TIMEOUT_MS / 1000]),
  email_copies: (now) => deleteInBatches('EmailMessage', `"createdAt" < $1`, [ago(now, EMAIL_COPY_RETENTION_DAYS)]),
  agent_runs: (now) => deleteInBatches('AgentRun', `"createdAt" < $1`, [ago(now, AGENT_RUN_RETENTION_DAYS)]),
  notification_outbox: (now) => deleteInBatches('NotificationOutbox', `"createdAt" < $1`, [ago(now, NOTIFICATION_OUTBOX_RETENTION_DAYS)]),
  pending_statuses: (now) => deleteInBatches('PendingMessageStatus', `"createdAt" < $1`, [ago(now, PENDING_STATUS_RETENTION_DAYS)]),
  workspace_exports: (now) => sweepWorkspaceExports({ now }),
  user_tokens: (now) => deleteInBatches('UserToken', `"expiresAt" < $1`, [ago(now, USER_TOKEN_DAYS_AFTER_EXPIRY)]),
  deletion_requests: (now) => expireDataDeletionRequests({ now }),
  rate_limit_buckets: (now) => deleteInBatches('RateLimitBucket', `"expiresAt" < $1`, [ago(now, 1)]),
  account: async (now) => {
    const due = await db.user.findMany({ where: { deleteAfter: { lte: now } }, select: { id: true }, take: 100 });
    for (const user of due) await eraseDueUserAccount({ userId: user.id, now });
    return due.length;
  },
  workspace: async (now) => {
    const due = await db.workspace.findMany({ where: { closedAt: { not: null }, eraseAfter: { lte: now } }, select: { id: true }, take: 100 });
    for (const workspace of due) await eraseClosedWorkspace({ workspaceId: workspace.id, now });
    return due.length;
  },
};

export async function runRetentionSweeps(options: { now?: Date; log?: Logger } = {}): Promise<Record<string, unknown>> {
  const now = options.now ?? new Date();
  const results: Record<string, unknown> = {};
  let failed = 0;
  for (const [id, sweep] of Object.entries(retentionSweeps)) {
    try {
      results[id] = await sweep(now);
    } catch (error) {
      failed += 1;
      options.log?.error({ err: error, sweep: id }, 'retention sweep failed');
      results[id] = 'failed';
    }
  }
  // Throw after running the others, so pg-boss retries and the failure is visible.
  if (failed) throw new Error(`${failed} retention sweep(s) failed: ${JSON.stringify(results)}`);
  return results;
}
