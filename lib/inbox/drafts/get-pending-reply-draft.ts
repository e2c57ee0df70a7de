// The conversation's pending AI draft with what the pane needs to offer the right buttons:
// whether the AI may send it now, and whether an operator could send an edited version.
import { draftProvenance } from '../../agent/runtime/agent-reply-provenance';
import { messagingWindow } from '../../meta/messaging-window';
import type { WorkspaceContext } from '../../workspaces/context';

export async function getPendingReplyDraft(options: { ctx: Pick<WorkspaceContext, 'db'>; conversationId: string; now?: Date }) {
  const { ctx, conversationId } = options;
  const draft = await ctx.db.replyDraft.findFirst({
    where: { conversationId, status: 'pending' },
    orderBy: { createdAt: 'desc' },
    select: { id: true, text: true, createdAt: true, meta: true, conversation: { select: { kind: true, lastInboundAt: true, channel: { select: { type: true } } } } },
  });
  if (!draft) return null;
  const { conversation } = draft;
  const input = { channelType: conversation.channel.type, conversationKind: conversation.kind, lastInboundAt: conversation.lastInboundAt, now: options.now ?? new Date() };
  const ai = messagingWindow({ ...input, senderKind: 'ai' });
  const operator = messagingWindow({ ...input, senderKind: 'operator' });
  return {
    id: draft.id, text: draft.text, createdAt: draft.createdAt,
    aiCanSend: ai.state === 'open',
    operatorCanSend: operator.state === 'open' || operator.state === 'human_agent',
    reason: ai.state === 'open' ? null : ai.reason,
    /** Provider label and sources the agent used (null for drafts without agent meta). */
    provenance: draftProvenance(draft.meta),
  };
}

export type PendingReplyDraft = NonNullable<Awaited<ReturnType<typeof getPendingReplyDraft>>>;
