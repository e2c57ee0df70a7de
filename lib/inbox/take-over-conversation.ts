// Take over: a human handles the conversation and the AI stops answering it. Guarded on the
// current handling, so a double click or two operators at once change it once; the loser is
// told who won instead of getting an error. The agent's own handoff shares the same update.
import { AppError } from '../errors';
import type { WorkspaceContext } from '../workspaces/context';
import { stopAiForConversation } from './stop-ai-for-conversation';

export type TakeOverResult = { changed: boolean; takenOverById: string | null };

export async function takeOverConversation(options: { ctx: Pick<WorkspaceContext, 'db' | 'can' | 'user' | 'workspace'>; conversationId: string; now?: Date }): Promise<TakeOverResult> {
  const { ctx, conversationId } = options;
  if (!ctx.can('inbox.use')) throw new AppError('forbidden', 'Your role does not allow this.');
  const now = options.now ?? new Date();
  const result = await stopAiForConversation({ db: ctx.db, workspaceId: ctx.workspace.id, conversationId, byUserId: ctx.user.id, now });
  if (!result) throw new AppError('not_found', 'This conversation does not exist in this workspace.');
  return result;
}
