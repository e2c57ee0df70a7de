// An operator opened a conversation: its unread count goes to 0 and every open tab (list badge,
// tab title) learns it through a `conversation.updated` event. A no-op when already read.
import { AppError } from '../errors';
import { recordInboxEvent } from '../realtime/record-inbox-event';
import type { WorkspaceContext } from '../workspaces/context';

export async function markConversationRead(options: { ctx: Pick<WorkspaceContext, 'db' | 'can' | 'workspace'>; conversationId: string }): Promise<{ changed: boolean }> {
  const { ctx, conversationId } = options;
  if (!ctx.can('inbox.use')) throw new AppError('forbidden', 'Your role does not allow using the inbox.');
  const conversation = await ctx.db.conversation.findFirst({ where: { id: conversationId }, select: { id: true } });
  if (!conversation) throw new AppError('not_found', 'This conversation does not exist in this workspace, or you no longer have access to it.');
  // Conditional update: two tabs opening it at once record one event, not two.
  const { count } = await ctx.db.conversation.updateMany({ where: { id: conversationId, unreadCount: { gt: 0 } }, data: { unreadCount: 0 } });
  if (count === 0) return { changed: false };
  await recordInboxEvent({ workspaceId: ctx.workspace.id, conversationId, type: 'conversation.updated', payload: { changes: ['unread'] } });
  return { changed: true };
}
