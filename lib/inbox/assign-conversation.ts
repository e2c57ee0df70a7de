// Assign a conversation to a member of the workspace, or unassign it (assigneeId null).
import { AppError } from '../errors';
import { recordInboxEvent } from '../realtime/record-inbox-event';
import type { WorkspaceContext } from '../workspaces/context';

export async function assignConversation(options: { ctx: Pick<WorkspaceContext, 'db' | 'can' | 'workspace'>; conversationId: string; assigneeId: string | null }): Promise<{ changed: boolean }> {
  const { ctx, conversationId, assigneeId } = options;
  if (!ctx.can('inbox.use')) throw new AppError('forbidden', 'Your role does not allow this.');
  if (assigneeId) await assertMember(ctx, assigneeId);
  const current = await ctx.db.conversation.findFirst({ where: { id: conversationId }, select: { assigneeId: true } });
  if (!current) throw new AppError('not_found', 'This conversation does not exist in this workspace.');
  if (current.assigneeId === assigneeId) return { changed: false };
  const { count } = await ctx.db.conversation.updateMany({ where: { id: conversationId, assigneeId: current.assigneeId }, data: { assigneeId } });
  if (count === 0) return { changed: false };
  await recordInboxEvent({ workspaceId: ctx.workspace.id, conversationId, type: 'conversation.updated', payload: { changes: ['assignment'] } });
  return { changed: true };
}

export async function assertMember(ctx: Pick<WorkspaceContext, 'db'>, userId: string): Promise<void> {
  const member = await ctx.db.membership.findFirst({ where: { userId }, select: { id: true } });
  if (!member) throw new AppError('bad_request', 'That person is not a member of this workspace.', { fieldErrors: { assigneeId: ['Choose a member of this workspace.'] } });
}
