// Clears the "needs human" flag the AI (or a handoff rule) raised, once someone has looked.
import { AppError } from '../errors';
import { recordInboxEvent } from '../realtime/record-inbox-event';
import type { WorkspaceContext } from '../workspaces/context';

export async function clearNeedsHuman(options: { ctx: Pick<WorkspaceContext, 'db' | 'can' | 'workspace'>; conversationId: string }): Promise<{ changed: boolean }> {
  const { ctx, conversationId } = options;
  if (!ctx.can('inbox.use')) throw new AppError('forbidden', 'Your role does not allow this.');
  const exists = await ctx.db.conversation.findFirst({ where: { id: conversationId }, select: { id: true } });
  if (!exists) throw new AppError('not_found', 'This conversation does not exist in this workspace.');
  const { count } = await ctx.db.conversation.updateMany({ where: { id: conversationId, needsHuman: true }, data: { needsHuman: false } });
  if (count > 0) await recordInboxEvent({ workspaceId: ctx.workspace.id, conversationId, type: 'conversation.updated', payload: { changes: ['needsHuman'] } });
  return { changed: count > 0 };
}
