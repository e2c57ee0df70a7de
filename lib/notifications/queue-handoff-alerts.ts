import { db } from '../db';
import { excerpt } from './queue-mention-alerts';

/**
 * Outbox rows for members who want conversation alerts when the AI hands a conversation to the
 * team. Batched into the same digest email as new-conversation alerts (notification-digests job).
 * One alert per conversation and handoff run: the summary carries the reason, and a re-run of the
 * same agent job finds its rows and adds none.
 */
export async function queueHandoffAlerts(options: { workspaceId: string; conversationId: string; reason: string; since: Date }): Promise<number> {
  const already = await db.notificationOutbox.count({
    where: { workspaceId: options.workspaceId, conversationId: options.conversationId, kind: 'handoff', createdAt: { gte: options.since } },
  });
  if (already) return 0;
  const members = await db.membership.findMany({ where: { workspaceId: options.workspaceId, notifyNewConversations: true }, select: { userId: true } });
  if (!members.length) return 0;
  const summary = excerpt(`AI handoff: ${options.reason}`);
  const result = await db.notificationOutbox.createMany({
    data: members.map((m) => ({ workspaceId: options.workspaceId, userId: m.userId, kind: 'handoff', conversationId: options.conversationId, summary })),
  });
  return result.count;
}
