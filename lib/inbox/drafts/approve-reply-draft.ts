// Approve an AI draft, optionally edited, and queue it for sending. The draft is claimed first
// (pending → approved, guarded), so two operators clicking at once send it once; the second
// one hears who approved it.
import { AppError } from '../../errors';
import { recordInboxEvent } from '../../realtime/record-inbox-event';
import type { WorkspaceContext } from '../../workspaces/context';
import { queueOutboundMessage } from '../queue-outbound-message';
import { normaliseLineBreaks } from '../outbound-content.schema';
import { decidedDraftError } from './decided-draft-error';

export async function approveReplyDraft(options: {
  ctx: Pick<WorkspaceContext, 'db' | 'can' | 'workspace' | 'user'>;
  draftId: string;
  /** The text as the operator left it; omitted or unchanged = the AI's text as is. */
  text?: string;
}): Promise<{ messageId: string; sender: 'ai' | 'operator' }> {
  const { ctx, draftId } = options;
  if (!ctx.can('inbox.use')) throw new AppError('forbidden', 'Your role does not allow this.');
  const draft = await ctx.db.replyDraft.findFirst({ where: { id: draftId }, select: { id: true, status: true, text: true, conversationId: true } });
  if (!draft) throw new AppError('not_found', 'This draft does not exist in this workspace.');
  if (draft.status !== 'pending') throw await decidedDraftError(ctx, draftId);

  // Browsers post a textarea's line breaks as CRLF (multipart/form-data), so an untouched
  // multi-line draft must not count as edited — it would go out as the operator's own words.
  const finalText = normaliseLineBreaks(options.text ?? '').trim() || draft.text;
  // An edited draft is the operator's message, not the AI's: it is sent as theirs. This
  // matters beyond attribution — Meta's HUMAN_AGENT tag (replies 24 h – 7 days after the
  // customer's last message on IG/Messenger) may only carry messages a human wrote, so an
  // untouched AI text is sent as 'ai' and the window rules refuse it outside 24 h
  // (../shared/docs/meta-platform.md §d).
  const edited = finalText !== normaliseLineBreaks(draft.text).trim();
  const sender = edited ? 'operator' : 'ai';

  const claimed = await ctx.db.replyDraft.updateMany({
    where: { id: draftId, status: 'pending' },
    data: { status: 'approved', decidedById: ctx.user.id, decidedAt: new Date(), edited },
  });
  if (claimed.count === 0) throw await decidedDraftError(ctx, draftId);

  let messageId: string;
  try {
    ({ messageId } = await queueOutboundMessage({
      ctx, conversationId: draft.conversationId, content: { type: 'text', text: finalText }, sender, authorUserId: edited ? ctx.user.id : null,
    }));
  } catch (error) {
    // Nothing was sent (window closed, channel disconnected…): the draft stays pending for
    // another try, e.g. edited and sent as the operator.
    await ctx.db.replyDraft.updateMany({ where: { id: draftId, status: 'approved', decidedById: ctx.user.id, messageId: null }, data: { status: 'pending', decidedById: null, decidedAt: null, edited: false } });
    throw error;
  }
  await ctx.db.replyDraft.updateMany({ where: { id: draftId }, data: { messageId } });
  await recordInboxEvent({ workspaceId: ctx.workspace.id, conversationId: draft.conversationId, type: 'draft.updated', payload: { draftId, status: 'approved', messageId } });
  return { messageId, sender };
}
