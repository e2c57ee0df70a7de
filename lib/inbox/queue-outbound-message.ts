// The one entry point for replies (operator composer and AI auto-send): checks the channel, the
// contact and Meta's windows, stores the message as `queued` and hands it to the send-message job.
import type { ChannelType, MessageKind } from '../generated/prisma/enums';
import { Prisma } from '../generated/prisma/client';
import type { OutboundContent } from '../channels/channel-provider';
import { assertWorkspaceCanSend } from '../billing/assert-workspace-can-send';
import type { BillingAccess } from '../billing/billing-access';
import { AppError } from '../errors';
import { enqueue } from '../jobs/enqueue';
import { messagingWindow, type SendMode } from '../meta/messaging-window';
import { recordInboxEvent } from '../realtime/record-inbox-event';
import type { WorkspaceContext } from '../workspaces/context';
import { fillTemplateVariables, templateBodyText } from './fill-template-variables';
import { getConversationOrThrow } from './get-conversation-or-throw';
import { outboundContentSchemaFor, type OutboundContentInput } from './outbound-content.schema';
import { latestCommentQuery, privateRepliesQuery, type OutboundDetails } from './send-window-context';
import { recordReplyFacts } from '../reports/record-reply-facts';

export type QueueOutboundMessageOptions = {
  ctx: Pick<WorkspaceContext, 'db' | 'can'>;
  conversationId: string;
  content: OutboundContentInput;
  mode?: SendMode;
  sender: 'operator' | 'ai';
  authorUserId?: string | null;
  /** Client-generated message id (UUID): a double submit with the same id creates one message. */
  clientId?: string;
  /** An uploaded file the media content points at: stored as the message's MessageMedia so the thread shows what was sent. */
  media?: OutboundMediaInput;
  /**
   * 'job' (default): the send-message job sends it. 'caller': the caller sends it at once with
   * deliverOutboundMessage and queues send-message only if that fails — the AI auto-send, whose
   * own job is the crash safety net (a re-run finds this message by its derived id and sends it).
   */
  delivery?: 'job' | 'caller';
  /** Not an answer to the customer (the CSAT question): it does not count as the first response. */
  notAReply?: boolean;
  /** The workspace's billing access when the caller just read it (the agent turn, with its limits); omitted, it is read here. */
  billing?: BillingAccess;
};

export type OutboundMediaInput = { kind: string; mimeType: string; sizeBytes: number; fileName: string; storageKey: string };

const messageSelect = { id: true, status: true, conversationId: true } as const;

export async function queueOutboundMessage(options: QueueOutboundMessageOptions): Promise<{ messageId: string; status: string; duplicate: boolean }> {
  const { ctx } = options;
  if (!ctx.can('inbox.use')) throw new AppError('forbidden', 'Your role does not allow sending messages.');
  if (options.clientId) {
    const existing = await ctx.db.message.findFirst({ where: { id: options.clientId }, select: messageSelect });
    if (existing) return acceptDuplicate(existing, options.conversationId, options.delivery);
  }

  const conversation = await getConversationOrThrow({ ctx, id: options.conversationId });
  // Read-only for sending after an unpaid trial end (billing); inbound is never affected.
  await assertWorkspaceCanSend({ workspaceId: conversation.workspaceId, access: options.billing });
  const { channel, contact } = conversation;
  assertChannelUsable(channel);
  if (contact.unreachable) throw new AppError('conflict', 'Meta reports that this person cannot be reached on this channel any more, so messages to them are not sent.');

  const parsed = outboundContentSchemaFor(channel.type).safeParse(options.content);
  if (!parsed.success) {
    throw new AppError('bad_request', parsed.error.issues[0]?.message ?? 'The message is not valid.', { fieldErrors: { content: parsed.error.issues.map((i) => i.message) } });
  }
  const content: OutboundContent = parsed.data;
  const mode = options.mode ?? (conversation.kind === 'comment_thread' ? 'comment_public' : 'dm');
  if (mode === 'comment_public' && content.type !== 'text') throw new AppError('bad_request', 'A public reply to a comment can only be text.');
  if (content.type === 'template' && channel.type !== 'whatsapp') throw new AppError('bad_request', 'Message templates exist only on WhatsApp.');

  const comment = mode === 'dm' ? null : await ctx.db.message.findFirst(latestCommentQuery(conversation.id));
  const privateReplySent =
    mode === 'comment_private' && comment?.externalId
      ? (await ctx.db.message.count(privateRepliesQuery({ channelId: channel.id, commentId: comment.externalId, statuses: ['queued', 'sent', 'delivered', 'read'] }))) > 0
      : false;
  const window = messagingWindow({
    channelType: channel.type, conversationKind: conversation.kind, lastInboundAt: conversation.lastInboundAt, now: new Date(),
    senderKind: options.sender, mode, commentCreatedAt: comment?.sentAt ?? null, privateReplySent,
  });
  if (window.state === 'closed') throw new AppError('conflict', window.reason, { code: 'window_closed' });
  if (window.state === 'template_only' && content.type !== 'template') {
    throw new AppError('conflict', `${window.reason} Choose an approved template to send instead.`, { code: 'template_required' });
  }

  const text = content.type === 'template' ? await renderTemplatePreview(ctx, channel.id, content) : content.type === 'text' || content.type === 'choices' ? content.text : (content.fileName ?? null);
  const details: OutboundDetails = { mode, content, ...(comment?.externalId && mode !== 'dm' ? { commentId: comment.externalId } : {}) };
  const sendTag = content.type === 'template' ? 'template' : (window.tag ?? null);
  let message;
  try {
    message = await ctx.db.message.create({
      data: {
        ...(options.clientId ? { id: options.clientId } : {}),
        channelId: channel.id, conversationId: conversation.id, direction: 'outbound', kind: kindOf(content, mode), sender: options.sender,
        status: 'queued', text, details: details as unknown as Prisma.InputJsonValue, authorUserId: options.authorUserId ?? null, sendTag, sentAt: new Date(),
      } as Prisma.MessageUncheckedCreateInput,
      select: { ...messageSelect, workspaceId: true },
    });
  } catch (error) {
    // Two submits with the same client id raced past the first check: the loser returns the winner's message.
    if (options.clientId && error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const existing = await ctx.db.message.findFirst({ where: { id: options.clientId }, select: messageSelect });
      if (existing) return acceptDuplicate(existing, options.conversationId, options.delivery);
    }
    throw error;
  }
  if (options.media && content.type === 'media') {
    const { kind, mimeType, sizeBytes, fileName, storageKey } = options.media;
    await ctx.db.messageMedia.create({
      data: { messageId: message.id, kind, mimeType, sizeBytes, fileName, storageKey, status: 'stored' } as Prisma.MessageMediaUncheckedCreateInput,
    });
  }
  const lastMessage = { at: new Date(), preview: text?.slice(0, 140) ?? null };
  if (options.notAReply) await ctx.db.conversation.update({ where: { id: conversation.id }, data: { lastMessageAt: lastMessage.at, lastMessagePreview: lastMessage.preview } });
  else await recordReplyFacts(ctx.db, { workspaceId: conversation.workspaceId, conversationId: conversation.id, sender: options.sender, authorUserId: options.authorUserId ?? null, at: lastMessage.at, lastMessage });
  await recordInboxEvent({ workspaceId: message.workspaceId, conversationId: conversation.id, type: 'message.created', payload: { messageId: message.id, direction: 'outbound', status: 'queued', preview: text } });
  if (options.delivery !== 'caller') await enqueue('send-message', { messageId: message.id }, { singletonKey: message.id });
  return { messageId: message.id, status: message.status, duplicate: false };
}

async function acceptDuplicate(existing: { id: string; status: string; conversationId: string }, conversationId: string, delivery: QueueOutboundMessageOptions['delivery']) {
  if (existing.conversationId !== conversationId) throw new AppError('conflict', 'This message id is already used.');
  // The first submit may have stored the row but died before queueing; the job skips sent messages.
  if (existing.status === 'queued' && delivery !== 'caller') await enqueue('send-message', { messageId: existing.id }, { singletonKey: existing.id });
  return { messageId: existing.id, status: existing.status, duplicate: true };
}

export function assertChannelUsable(channel: { type: ChannelType; status: string; statusReason: string | null; name: string }) {
  if (channel.status === 'active') return;
  const why = {
    disconnected: `The channel "${channel.name}" is disconnected. Reconnect it on the Channels page to send messages.`,
    token_expired: `Meta no longer accepts the access token of "${channel.name}". An admin needs to reconnect it on the Channels page.`,
  }[channel.status] ?? `The channel "${channel.name}" has a problem${channel.statusReason ? ` (${channel.statusReason})` : ''}; check it on the Channels page.`;
  throw new AppError('conflict', why, { code: `channel_${channel.status}` });
}

async function renderTemplatePreview(ctx: Pick<WorkspaceContext, 'db'>, channelId: string, content: Extract<OutboundContent, { type: 'template' }>) {
  const template = await ctx.db.messageTemplate.findFirst({
    where: { channelId, name: content.name, language: content.language, status: 'APPROVED' },
    select: { components: true },
  });
  if (!template) throw new AppError('bad_request', `The template "${content.name}" (${content.language}) is not approved for this number. Sync templates and pick an approved one.`);
  return fillTemplateVariables(templateBodyText(template.components), content.variables);
}

function kindOf(content: OutboundContent, mode: SendMode): MessageKind {
  if (content.type === 'template') return 'template';
  if (content.type === 'media') return content.kind;
  return mode === 'comment_public' ? 'comment' : 'text';
}
