// Discard an AI draft: nothing is sent. Guarded on pending like approval.
import { AppError } from '../../errors';
import { recordInboxEvent } from '../../realtime/record-inbox-event';
import type { WorkspaceContext } from '../../workspaces/context';
import { decidedDraftError } from './decided-draft-error';

export async function discardReplyDraft(options: { ctx: Pick<WorkspaceContext, 'db' | 'can' | 'workspace' | 'user'>; draftId: string }): Promise<void> {
  const { ctx, draftId } = options;
  if (!ctx.can('inbox.use')) throw new AppError('forbidden', 'Your role does not allow this.');
  const draft = await ctx.db.replyDraft.findFirst({ where: { id: draftId }, select: { conversationId: true } });
  if (!draft) throw new AppError('not_found', 'This draft does not exist in this workspace.');
  const { count } = await ctx.db.replyDraft.updateMany({ where: { id: draftId, status: 'pending' }, data: { status: 'discarded', decidedById: ctx.user.id, decidedAt: new Date() } });
  if (count === 0) throw await decidedDraftError(ctx, draftId);
  await recordInboxEvent({ workspaceId: ctx.workspace.id, conversationId: draft.conversationId, type: 'draft.updated', payload: { draftId, status: 'discarded' } });
}
