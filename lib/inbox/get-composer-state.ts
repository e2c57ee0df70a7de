// What the composer may offer right now, judged by the same messagingWindow() the queue applies,
// so the UI never offers a send the server would refuse (and says why when nothing is allowed).
import { sendingPausedMessage } from '../billing/billing-access';
import { getWorkspaceBilling } from '../billing/get-workspace-billing';
import type { ChannelType, ConversationKind } from '../generated/prisma/enums';
import { messagingWindow, type SendMode } from '../meta/messaging-window';
import type { WorkspaceContext } from '../workspaces/context';
import { templateBodyText, templateVariableCount } from './fill-template-variables';
import { getConversationOrThrow } from './get-conversation-or-throw';
import { textLimitFor } from './outbound-content.schema';
import { latestCommentQuery, privateRepliesQuery } from './send-window-context';

export type ComposerWindow = { mode: SendMode; state: 'open' | 'human_agent' | 'template_only' | 'closed'; endsAt: string | null; reason: string };
export type ComposerTemplate = { name: string; language: string; category: string | null; body: string; variableCount: number };

export type ComposerState = {
  conversationId: string;
  channelType: ChannelType;
  kind: ConversationKind;
  textLimit: number;
  /** Set when nothing can be sent whatever the window says (channel or contact problem). */
  blockedReason: string | null;
  /** One entry per way to reply: `dm` for direct conversations; public + private for comment threads. */
  windows: ComposerWindow[];
  /** WhatsApp approved templates, for the template-only state. */
  templates: ComposerTemplate[];
  /** The newest message in the thread when the pane rendered (the conflict check compares against it). */
  lastSeenMessageId: string | null;
};

export async function getComposerState(options: { ctx: Pick<WorkspaceContext, 'db'>; conversationId: string; now?: Date }): Promise<ComposerState> {
  const { ctx } = options;
  const now = options.now ?? new Date();
  const conversation = await getConversationOrThrow({ ctx, id: options.conversationId });
  const { channel, contact } = conversation;
  const modes: SendMode[] = conversation.kind === 'comment_thread' ? ['comment_public', 'comment_private'] : ['dm'];
  const comment = conversation.kind === 'comment_thread' ? await ctx.db.message.findFirst(latestCommentQuery(conversation.id)) : null;
  const privateReplySent = comment?.externalId
    ? (await ctx.db.message.count(privateRepliesQuery({ channelId: channel.id, commentId: comment.externalId, statuses: ['queued', 'sent', 'delivered', 'read'] }))) > 0
    : false;
  const windows = modes.map((mode): ComposerWindow => {
    const w = messagingWindow({
      channelType: channel.type, conversationKind: conversation.kind, lastInboundAt: conversation.lastInboundAt, now,
      senderKind: 'operator', mode, commentCreatedAt: comment?.sentAt ?? null, privateReplySent,
    });
    return { mode, state: w.state, endsAt: w.endsAt?.toISOString() ?? null, reason: w.reason };
  });

  const templates = channel.type === 'whatsapp' && windows.some((w) => w.state === 'template_only')
    ? (await ctx.db.messageTemplate.findMany({
      where: { channelId: channel.id, status: 'APPROVED' },
      orderBy: [{ name: 'asc' }, { language: 'asc' }],
      select: { name: true, language: true, category: true, components: true },
      take: 200,
    })).map((t) => {
      const body = templateBodyText(t.components);
      return { name: t.name, language: t.language, category: t.category, body, variableCount: templateVariableCount(body) };
    })
    : [];

  const last = await ctx.db.message.findFirst({ where: { conversationId: conversation.id }, orderBy: { createdAt: 'desc' }, select: { id: true } });
  // The queue refuses sends while billing has the workspace read-only; the composer says so first.
  const { access } = await getWorkspaceBilling({ workspaceId: conversation.workspaceId, now });
  return {
    conversationId: conversation.id, channelType: channel.type, kind: conversation.kind, textLimit: textLimitFor(channel.type),
    blockedReason: access.canSend ? blockedReason(channel, contact.unreachable) : sendingPausedMessage(access.state), windows, templates, lastSeenMessageId: last?.id ?? null,
  };
}

function blockedReason(channel: { status: string; name: string; statusReason: string | null }, unreachable: boolean): string | null {
  if (channel.status === 'disconnected') return `The channel "${channel.name}" is disconnected. Reconnect it on the Channels page to send messages.`;
  if (channel.status === 'token_expired') return `Meta no longer accepts the access token of "${channel.name}". An admin needs to reconnect it on the Channels page.`;
  if (channel.status !== 'active') return `The channel "${channel.name}" has a problem${channel.statusReason ? ` (${channel.statusReason})` : ''}; check it on the Channels page.`;
  if (unreachable) return 'Meta reports that this person cannot be reached on this channel any more, so messages to them are not sent.';
  return null;
}
