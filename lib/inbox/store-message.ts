// Stores one normalised message: insert-once by (channelId, externalId), then — only when it
// was really inserted — conversation counters, media rows and statuses that arrived early.
import type { NormalisedMessage } from '../channels/channel-provider';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { recordReplyFacts } from '../reports/record-reply-facts';
import { applyMessageStatus, lockExternalId, type StatusUpdate } from './apply-message-status';
import { touchContactLastSeen } from '../contacts/touch-contact-last-seen';

/** `reopened`: the customer wrote into a snoozed conversation, which opened it again. */
export type StoredMessage = { messageId: string; conversationId: string; inserted: boolean; updated: boolean; mediaIds: string[]; reopened?: boolean };

const previewOf = (message: NormalisedMessage) => (message.text ? message.text.slice(0, 160) : `[${message.kind.replace('_', ' ')}]`);

export async function storeMessage(options: { workspaceId: string; channelId: string; conversationId: string; message: NormalisedMessage }): Promise<StoredMessage> {
  const { workspaceId, channelId, conversationId, message } = options;
  return db.$transaction(async (tx) => {
    await lockExternalId(tx, channelId, message.externalId);
    const existing = await tx.message.findUnique({ where: { channelId_externalId: { channelId, externalId: message.externalId } }, select: { id: true, conversationId: true } });
    if (existing) {
      // Reactions are one row per (target, person): react/unreact update it in place.
      if (message.kind === 'reaction') {
        await tx.message.update({ where: { id: existing.id }, data: { text: message.text ?? null, details: (message.details ?? undefined) as Prisma.InputJsonValue | undefined, sentAt: message.sentAt } });
        return { messageId: existing.id, conversationId: existing.conversationId, inserted: false, updated: true, mediaIds: [] };
      }
      // Duplicate delivery, or the echo of a message we sent through the API.
      return { messageId: existing.id, conversationId: existing.conversationId, inserted: false, updated: false, mediaIds: [] };
    }
    const inbound = message.direction === 'inbound';
    const created = await tx.message.create({
      data: {
        workspaceId,
        channelId,
        conversationId,
        externalId: message.externalId,
        direction: message.direction,
        kind: message.kind,
        sender: message.sender,
        status: inbound ? 'received' : 'sent',
        text: message.text ?? null,
        details: (message.details ?? undefined) as Prisma.InputJsonValue | undefined,
        raw: (message.raw ?? undefined) as Prisma.InputJsonValue | undefined,
        sentAt: message.sentAt,
      },
      select: { id: true },
    });
    const mediaIds: string[] = [];
    for (const media of message.media ?? []) {
      const row = await tx.messageMedia.create({
        data: {
          workspaceId,
          messageId: created.id,
          kind: media.kind,
          mimeType: media.mimeType ?? null,
          sha256: media.sha256 ?? null,
          fileName: media.fileName ?? null,
          externalMediaId: media.externalMediaId ?? null,
          sourceUrl: media.sourceUrl ?? null,
          status: media.remoteOnly ? 'remote_only' : 'pending',
        },
        select: { id: true, status: true },
      });
      if (row.status === 'pending') mediaIds.push(row.id);
    }
    const conversation = await tx.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { lastMessageAt: true, lastInboundAt: true, firstInboundAt: true, status: true, contactId: true } });
    // A customer writing into a snoozed conversation wakes it (closed ones never get here: they
    // have no open key, so findOrCreateOpenConversation starts a new conversation).
    const reopened = inbound && conversation.status === 'snoozed';
    const newest = message.sentAt >= conversation.lastMessageAt;
    if (inbound) await touchContactLastSeen(tx, { contactId: conversation.contactId, at: message.sentAt });
    await applyPendingStatuses(tx, { channelId, externalId: message.externalId, messageId: created.id });
    // The conversation's counters last: an unread increment also moves the workspace's unread
    // counter row (a trigger), whose lock is held until commit — one round trip, not three, so a
    // burst into one workspace does not queue its transactions behind it.
    await tx.conversation.update({
      where: { id: conversationId },
      data: {
        ...(newest ? { lastMessageAt: message.sentAt, lastMessagePreview: previewOf(message) } : {}),
        ...(inbound && (!conversation.lastInboundAt || message.sentAt > conversation.lastInboundAt) ? { lastInboundAt: message.sentAt } : {}),
        ...(inbound ? { unreadCount: { increment: 1 } } : {}),
        ...(inbound && (!conversation.firstInboundAt || message.sentAt < conversation.firstInboundAt) ? { firstInboundAt: message.sentAt } : {}),
        ...(reopened ? { status: 'open' as const, snoozedUntil: null } : {}),
      },
    });
    // A reply typed in Meta's own app (an echo) is a human reply too (reports).
    if (!inbound && message.sender === 'native_app') await recordReplyFacts(tx, { conversationId, sender: 'native_app', authorUserId: null, at: message.sentAt });
    return { messageId: created.id, conversationId, inserted: true, updated: false, mediaIds, reopened };
  });
}

/** Statuses (and deletions) that arrived before their message, applied now, oldest first. */
async function applyPendingStatuses(tx: Prisma.TransactionClient, options: { channelId: string; externalId: string; messageId: string }): Promise<void> {
  const pending = await tx.pendingMessageStatus.findMany({ where: { channelId: options.channelId, externalId: options.externalId }, orderBy: { occurredAt: 'asc' } });
  for (const status of pending) {
    await applyMessageStatus(tx, options.messageId, { status: status.status as StatusUpdate['status'], occurredAt: status.occurredAt, errorCode: status.errorCode, errorTitle: status.errorTitle });
  }
  if (pending.length) await tx.pendingMessageStatus.deleteMany({ where: { id: { in: pending.map((p) => p.id) } } });
}
