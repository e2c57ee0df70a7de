// A delivery status, read receipt or deletion for a message. If the message is not stored yet
// (Meta does not order webhooks) it waits in PendingMessageStatus and store-message applies it.
import { READ_WATERMARK_PREFIX } from '../channels/providers/normalise-messaging';
import { db } from '../db';
import { applyMessageStatus, lockExternalId, type StatusUpdate } from './apply-message-status';

export type StatusResult = { conversationId: string; messageId: string | null } | null;

export async function storeMessageStatus(options: { workspaceId: string; channelId: string; externalId: string; update: StatusUpdate }): Promise<StatusResult> {
  const { workspaceId, channelId, externalId, update } = options;
  if (externalId.startsWith(READ_WATERMARK_PREFIX)) return applyReadWatermark({ channelId, externalId, occurredAt: update.occurredAt });
  return db.$transaction(async (tx) => {
    await lockExternalId(tx, channelId, externalId);
    const message = await tx.message.findUnique({ where: { channelId_externalId: { channelId, externalId } }, select: { id: true, conversationId: true, direction: true, sentAt: true } });
    if (!message) {
      await tx.pendingMessageStatus.createMany({
        data: [{ workspaceId, channelId, externalId, status: update.status, occurredAt: update.occurredAt, errorCode: update.errorCode ?? null, errorTitle: update.errorTitle ?? null }],
        skipDuplicates: true,
      });
      return null;
    }
    let changed = await applyMessageStatus(tx, message.id, update);
    if (update.status === 'read' && message.direction === 'outbound') {
      // A read receipt covers everything sent before it in the conversation.
      const earlier = await tx.message.updateMany({
        where: { conversationId: message.conversationId, direction: 'outbound', status: { in: ['sent', 'delivered'] }, sentAt: { lte: message.sentAt } },
        data: { status: 'read', readAt: update.occurredAt },
      });
      changed ||= earlier.count > 0;
    }
    return changed ? { conversationId: message.conversationId, messageId: message.id } : null;
  });
}

/** Messenger `read.watermark`: every outbound message to this contact sent up to then is read. */
async function applyReadWatermark(options: { channelId: string; externalId: string; occurredAt: Date }): Promise<StatusResult> {
  const rest = options.externalId.slice(READ_WATERMARK_PREFIX.length);
  const separator = rest.lastIndexOf(':');
  const contactExternalId = rest.slice(0, separator);
  const watermark = new Date(Number(rest.slice(separator + 1)));
  const contact = await db.contact.findUnique({ where: { channelId_externalId: { channelId: options.channelId, externalId: contactExternalId } }, select: { id: true } });
  if (!contact || Number.isNaN(watermark.getTime())) return null;
  const conversation = await db.conversation.findFirst({ where: { contactId: contact.id }, orderBy: { lastMessageAt: 'desc' }, select: { id: true } });
  if (!conversation) return null;
  const { count } = await db.message.updateMany({
    where: { conversationId: conversation.id, direction: 'outbound', status: { in: ['sent', 'delivered'] }, sentAt: { lte: watermark } },
    data: { status: 'read', readAt: options.occurredAt },
  });
  return count ? { conversationId: conversation.id, messageId: null } : null;
}
