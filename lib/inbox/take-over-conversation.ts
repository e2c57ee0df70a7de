// Take over: a human handles the conversation and the AI stops answering it. Guarded on the
// current handling, so a double click or two operators at once change it once; the loser is
// told who won instead of getting an error.
import { AppError } from '../errors';
import { recordInboxEvent } from '../realtime/record-inbox-event';
import type { WorkspaceContext } from '../workspaces/context';

export type TakeOverResult = { changed: boolean; takenOverById: string | null };

export async function takeOverConversation(options: { ctx: Pick<WorkspaceContext, 'db' | 'can' | 'user' | 'workspace'>; conversationId: string; now?: Date }): Promise<TakeOverResult> {
  const { ctx, conversationId } = options;
  if (!ctx.can('inbox.use')) throw new AppError('forbidden', 'Your role does not allow this.');
  const now = options.now ?? new Date();
  const current = await ctx.db.conversation.findFirst({ where: { id: conversationId }, select: { handling: true, takenOverById: true } });
  if (!current) throw new AppError('not_found', 'This conversation does not exist in this workspace.');
  if (current.handling === 'human') return { changed: false, takenOverById: current.takenOverById };
  const { count } = await ctx.db.conversation.updateMany({
    where: { id: conversationId, handling: current.handling },
    data: { handling: 'human', takenOverById: ctx.user.id, takenOverAt: now, handlingBeforeTakeover: current.handling, lastOperatorActivityAt: now },
  });
  if (count === 0) {
    const after = await ctx.db.conversation.findFirst({ where: { id: conversationId }, select: { takenOverById: true } });
    return { changed: false, takenOverById: after?.takenOverById ?? null };
  }
  await recordInboxEvent({ workspaceId: ctx.workspace.id, conversationId, type: 'conversation.updated', payload: { changes: ['handling'] } });
  return { changed: true, takenOverById: ctx.user.id };
}
