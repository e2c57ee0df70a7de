// Erases conversations older than the workspace's history setting (counted from the last
// message), and the contacts left without any conversation. Only an owner's explicit choice
// (90 days, 12 months) deletes: the default (plan_default) and "forever" keep everything.
// The plan's history days HIDE older conversations instead (lib/billing/history-visibility.ts),
// because a downgrade or an unpaid trial must never delete data (issue 15) and an upgrade shows
// them again — two different things, explained on Settings → Workspace.
import { db } from '../db';
import { eraseContacts } from '../erasure/erase-contacts';
import { eraseConversations } from '../erasure/erase-conversations';
import type { ConversationRetention } from '../generated/prisma/enums';
import { HISTORY_RETENTION_DAYS } from './retention-periods';

export function historyRetentionDays(workspace: { historyRetention: ConversationRetention }): number | null {
  if (workspace.historyRetention === 'plan_default') return null;
  return HISTORY_RETENTION_DAYS[workspace.historyRetention];
}

export async function sweepConversationHistory(options: { now?: Date; batchSize?: number } = {}): Promise<{ conversations: number; contacts: number }> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 200;
  const totals = { conversations: 0, contacts: 0 };
  // Unscoped on purpose: the daily sweep visits every workspace, each erasure scoped to one.
  const workspaces = await db.workspace.findMany({ where: { historyRetention: { notIn: ['forever', 'plan_default'] } }, select: { id: true, historyRetention: true } });
  for (const workspace of workspaces) {
    const days = historyRetentionDays(workspace);
    if (days === null) continue;
    const cutoff = new Date(now.getTime() - days * 86_400_000);
    for (;;) {
      const old = await db.conversation.findMany({ where: { workspaceId: workspace.id, lastMessageAt: { lt: cutoff } }, select: { id: true }, take: batchSize });
      if (old.length === 0) break;
      totals.conversations += (await eraseConversations({ workspaceId: workspace.id, conversationIds: old.map((c) => c.id) })).conversations;
    }
    for (;;) {
      const orphans = await db.contact.findMany({ where: { workspaceId: workspace.id, createdAt: { lt: cutoff }, conversations: { none: {} } }, select: { id: true }, take: batchSize });
      if (orphans.length === 0) break;
      totals.contacts += (await eraseContacts({ workspaceId: workspace.id, contactIds: orphans.map((c) => c.id) })).contacts;
    }
  }
  return totals;
}
