// The message an operator sees when someone else decided a draft first.
import { AppError } from '../../errors';
import type { WorkspaceContext } from '../../workspaces/context';

export async function decidedDraftError(ctx: Pick<WorkspaceContext, 'db'>, draftId: string): Promise<AppError> {
  const draft = await ctx.db.replyDraft.findFirst({ where: { id: draftId }, select: { status: true, decidedById: true } });
  if (!draft) return new AppError('not_found', 'This draft does not exist any more.');
  const who = draft.decidedById
    ? ((await ctx.db.membership.findFirst({ where: { userId: draft.decidedById }, select: { user: { select: { name: true } } } }))?.user.name ?? 'a former member')
    : null;
  const message = {
    approved: `Already approved by ${who ?? 'someone else'}.`,
    discarded: `Already discarded by ${who ?? 'someone else'}.`,
    superseded: 'A newer draft or a reply replaced this draft.',
    pending: 'This draft changed meanwhile; try again.',
  }[draft.status];
  return new AppError('conflict', message, { code: `draft_${draft.status}` });
}
