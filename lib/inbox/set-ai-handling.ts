// The operator's switch between AI drafts and AI auto-send for one conversation. Only between the
// two AI modes: taking a conversation from the AI is take-over, giving it back is hand-back.
import { AppError } from '../errors';
import { recordInboxEvent } from '../realtime/record-inbox-event';
import type { WorkspaceContext } from '../workspaces/context';

export async function setAiHandling(options: { ctx: Pick<WorkspaceContext, 'db' | 'can' | 'workspace'>; conversationId: string; handling: 'ai_draft' | 'ai_auto' }): Promise<{ changed: boolean }> {
  const { ctx, conversationId, handling } = options;
  if (!ctx.can('inbox.use')) throw new AppError('forbidden', 'Your role does not allow this.');
  const current = await ctx.db.conversation.findFirst({ where: { id: conversationId }, select: { handling: true } });
  if (!current) throw new AppError('not_found', 'This conversation does not exist in this workspace.');
  if (current.handling === 'human') throw new AppError('conflict', 'A person handles this conversation. Hand it back to the AI first.');
  if (current.handling === handling) return { changed: false };
  // Guarded on the AI handling we read, so a take-over in between is never undone.
  const { count } = await ctx.db.conversation.updateMany({ where: { id: conversationId, handling: { in: ['ai_draft', 'ai_auto'] } }, data: { handling } });
  if (count === 0) throw new AppError('conflict', 'Someone took this conversation over just now.');
  await recordInboxEvent({ workspaceId: ctx.workspace.id, conversationId, type: 'conversation.updated', payload: { changes: ['handling'] } });
  return { changed: true };
}
