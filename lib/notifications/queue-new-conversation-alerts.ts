import { db } from '../db';
import { excerpt } from './queue-mention-alerts';

/**
 * Outbox rows for members who want new-conversation alerts. Called by the webhook worker when
 * an inbound message opened a conversation; the conversation id makes a re-run harmless.
 */
export async function queueNewConversationAlerts(options: { workspaceId: string; conversationId: string; preview: string | null }): Promise<number> {
  const already = await db.notificationOutbox.count({ where: { workspaceId: options.workspaceId, conversationId: options.conversationId, kind: 'new_conversation' } });
  if (already) return 0;
  const members = await db.membership.findMany({ where: { workspaceId: options.workspaceId, notifyNewConversations: true }, select: { userId: true } });
  if (!members.length) return 0;
  const summary = options.preview ? excerpt(options.preview) : '(no text)';
  const result = await db.notificationOutbox.createMany({
    data: members.map((m) => ({ workspaceId: options.workspaceId, userId: m.userId, kind: 'new_conversation', conversationId: options.conversationId, summary })),
  });
  return result.count;
}
