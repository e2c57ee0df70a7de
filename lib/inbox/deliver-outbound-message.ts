// Worker side of sending: re-checks everything at send time (the window may have closed while
// the job waited), calls Meta outside any transaction, and maps Graph errors to message states.
import { channelAccessToken } from '../channels/get-channel-access-token';
import { markChannelTokenExpired } from '../channels/mark-channel-token-expired';
import { sendThroughChannel } from '../channels/send-through-channel';
import { db } from '../db';
import { isAppError } from '../errors';
import type { Logger } from '../logger';
import { GraphApiError } from '../meta/graph-error';
import { messagingWindow } from '../meta/messaging-window';
import { recordInboxEvent } from '../realtime/record-inbox-event';
import { latestCommentQuery, parseOutboundDetails, privateRepliesQuery } from './send-window-context';
import { unsafeClaimOutboundMessage, type ClaimedOutboundMessage } from './claim-outbound-message';

type Outcome = 'sent' | 'failed' | 'skipped';

async function fail(messageId: string, errorCode: string, errorMessage: string): Promise<Outcome> {
  const { count } = await db.message.updateMany({ where: { id: messageId, status: 'queued' }, data: { status: 'failed', errorCode, errorMessage: errorMessage.slice(0, 1000), failedAt: new Date() } });
  if (count === 1) await recordStatusEvent(messageId, 'failed');
  return 'failed';
}

/** Live delivery ticks: the inbox stream tells open threads that this message changed. */
async function recordStatusEvent(messageId: string, status: 'failed') {
  const message = await db.message.findUnique({ where: { id: messageId }, select: { workspaceId: true, conversationId: true } });
  if (message) await recordInboxEvent({ workspaceId: message.workspaceId, conversationId: message.conversationId, type: 'message.updated', payload: { messageId, status } });
}

export async function deliverOutboundMessage(options: { messageId: string; finalAttempt: boolean; log: Logger }): Promise<Outcome> {
  const { messageId, log } = options;
  // Unscoped on purpose: the id comes from a job payload written by queueOutboundMessage, which
  // created the row through the workspace-scoped client.
  // Read and claimed in one statement (lib/inbox/claim-outbound-message.ts).
  const loaded = await unsafeClaimOutboundMessage(messageId);
  // No conversation or channel in the message's workspace: nothing to send to.
  if (!loaded || loaded.message.direction !== 'outbound' || !loaded.message.channel || !loaded.message.conversation?.contact) return 'skipped';
  const { message } = loaded;
  // Safe to run twice: anything past "queued" (sent, failed, delivered…) is left alone.
  if (message.status !== 'queued' || message.externalId) return 'skipped';
  if (!loaded.claimed) {
    log.info({ messageId }, 'another worker is sending this message');
    return 'skipped';
  }
  // Claimed from here: every way out sends, fails the message, or gives the claim back.
  try {
    return await checkAndSend({ message, finalAttempt: options.finalAttempt, log });
  } catch (error) {
    await releaseClaim(messageId);
    throw error;
  }
}

async function checkAndSend(options: { message: ClaimedOutboundMessage; finalAttempt: boolean; log: Logger }): Promise<Outcome> {
  const { message, log } = options;
  const messageId = message.id;
  const details = parseOutboundDetails(message.details);
  if (!details) return fail(messageId, 'invalid_message', 'This message cannot be sent: its content is missing.');
  const { channel, conversation } = message;
  const { contact } = conversation;
  if (channel.status !== 'active') return fail(messageId, `channel_${channel.status}`, `Not sent: the channel is ${channel.status.replace('_', ' ')}. Reconnect it on the Channels page, then retry.`);
  if (contact.unreachable) return fail(messageId, 'unreachable', 'Not sent: Meta reports that this person cannot be reached.');

  const comment = details.mode === 'dm' ? null : await db.message.findFirst(latestCommentQuery(conversation.id));
  const commentId = details.commentId ?? comment?.externalId ?? undefined;
  const privateReplySent =
    details.mode === 'comment_private' && commentId
      ? (await db.message.count(privateRepliesQuery({ channelId: channel.id, commentId, excludeMessageId: messageId, statuses: ['sent', 'delivered', 'read'] }))) > 0
      : false;
  const window = messagingWindow({
    channelType: channel.type, conversationKind: conversation.kind, lastInboundAt: conversation.lastInboundAt, now: new Date(),
    senderKind: message.sender === 'ai' ? 'ai' : 'operator', mode: details.mode, commentCreatedAt: comment?.sentAt ?? null, privateReplySent,
  });
  if (window.state === 'closed') return fail(messageId, 'window_closed', `Not sent: ${window.reason}`);
  if (window.state === 'template_only' && details.content.type !== 'template') return fail(messageId, 'window_closed', `Not sent: ${window.reason} Send an approved template instead.`);

  let accessToken: string;
  try {
    accessToken = channelAccessToken(channel);
  } catch (error) {
    return fail(messageId, 'token_unavailable', isAppError(error) ? error.message : 'Not sent: the channel token cannot be read; reconnect the channel.');
  }
  try {
    const { externalId } = await sendThroughChannel({
      channel: { id: channel.id, type: channel.type, externalId: channel.externalId, accessToken, phoneNumberId: channel.phoneNumberId },
      target: { recipientExternalId: contact.externalId, ...(details.mode === 'comment_private' || details.mode === 'comment_public' ? { commentId } : {}), ...(window.tag ? { tag: window.tag } : {}) },
      content: details.content,
      publicCommentReply: details.mode === 'comment_public',
    });
    const sendTag = details.content.type === 'template' ? 'template' : (window.tag ?? null);
    const stored = await storeSent({ messageId, channelId: channel.id, externalId, sendTag });
    if (stored) await recordInboxEvent({ ...stored, type: 'message.updated', payload: { messageId, status: 'sent' } });
    log.info({ messageId, channelId: channel.id, workspaceId: message.workspaceId, tag: sendTag }, 'message sent');
    return 'sent';
  } catch (error) {
    if (!(error instanceof GraphApiError)) throw error; // the caller gives the claim back
    await releaseClaim(messageId);
    return handleGraphError({ error, message, finalAttempt: options.finalAttempt, log });
  }
}

/** Let the retry (or a replay) claim it again; a failed or sent message never goes back to queued. */
async function releaseClaim(messageId: string): Promise<void> {
  await db.message.updateMany({ where: { id: messageId, status: 'queued' }, data: { sendClaimedAt: null } });
}

async function handleGraphError(options: { error: GraphApiError; message: ClaimedOutboundMessage; finalAttempt: boolean; log: Logger }): Promise<Outcome> {
  const { error, message, log } = options;
  const code = `graph_${error.code ?? error.httpStatus}${error.subcode ? `_${error.subcode}` : ''}`;
  log.warn({ messageId: message.id, channelId: message.channelId, workspaceId: message.workspaceId, kind: error.kind, code, fbtraceId: error.fbtraceId }, 'Graph refused the message');
  switch (error.kind) {
    case 'token_invalid':
      await markChannelTokenExpired({ channelId: message.channelId, reason: `Meta rejected the access token (${error.message})` });
      return fail(message.id, code, 'Not sent: Meta no longer accepts this channel\'s access token. Reconnect the channel on the Channels page, then retry.');
    case 'window_closed':
      return fail(message.id, code, message.channel.type === 'whatsapp'
        ? 'Not sent: more than 24 hours have passed since the customer\'s last message, so WhatsApp accepts only approved templates.'
        : 'Not sent: Meta says the reply window for this conversation has closed. Wait for the customer to write again.');
    case 'unreachable':
      await db.contact.update({ where: { id: message.conversation.contact.id }, data: { unreachable: true } });
      return fail(message.id, code, 'Not sent: Meta reports that this person cannot be reached on this channel.');
    case 'rate_limited':
    case 'transient':
      if (options.finalAttempt) return fail(message.id, code, `Not sent after several attempts: ${error.kind === 'rate_limited' ? 'Meta kept rate-limiting this account' : 'Meta was unavailable'} (${error.message}). Retry later.`);
      throw error; // pg-boss retries with exponential backoff
    default:
      return fail(message.id, code, `Not sent: Meta refused the message: ${error.message}`);
  }
}

/**
 * Marks the message sent under Meta's id. An IG/Messenger echo of this very message can be
 * ingested before we get here and hold the id already; throwing would retry and send twice, so
 * the echo row is folded into ours instead. One statement (it was a transaction of four round
 * trips and a re-read for the live event): the update reads the delete's result, so the echo's
 * row is gone before our row takes its id, and both commit together.
 */
async function storeSent(options: { messageId: string; channelId: string; externalId: string; sendTag: string | null }): Promise<{ workspaceId: string; conversationId: string } | null> {
  const [row] = await db.$queryRaw<{ workspaceId: string; conversationId: string }[]>`
    with echo as (
      delete from "Message" where "channelId" = ${options.channelId}::uuid and "externalId" = ${options.externalId}
        and direction = 'outbound' and id <> ${options.messageId}::uuid
      returning id
    )
    update "Message" set status = 'sent', "externalId" = ${options.externalId}, "sentAt" = ${new Date()}, "sendTag" = ${options.sendTag},
      "errorCode" = null, "errorMessage" = null, "failedAt" = null, "updatedAt" = now()
    where id = ${options.messageId}::uuid and (select count(*) from echo) >= 0
    returning "workspaceId"::text as "workspaceId", "conversationId"::text as "conversationId"`;
  return row ?? null;
}

