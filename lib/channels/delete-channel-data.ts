// The delete-channel-data job's work: removes a disconnected channel's contacts,
// conversations, messages, media files and templates once its deleteDataAfter has passed.
// Safe to run twice, and a no-op when the channel was reconnected in the meantime.
import { recordAudit } from '../audit/record-audit';
import { db } from '../db';
import { mediaStorageKey } from '../storage/storage-key';
import { deleteStoredFiles } from './delete-stored-files';

export async function deleteChannelData(options: { channelId: string; now?: Date }): Promise<{ deleted: boolean; reason?: string; contacts?: number; messages?: number; files?: number }> {
  const now = options.now ?? new Date();
  // Unscoped on purpose: runs in a worker for a channel id our own code queued.
  const channel = await db.channel.findUnique({ where: { id: options.channelId }, select: { id: true, workspaceId: true, type: true, status: true, deleteDataAfter: true } });
  if (!channel) return { deleted: false, reason: 'channel no longer exists' };
  if (channel.status !== 'disconnected') return { deleted: false, reason: 'channel was reconnected' };
  if (!channel.deleteDataAfter || channel.deleteDataAfter > now) return { deleted: false, reason: 'deletion is not due yet' };
  return deleteDataOfChannel(channel);
}

/** Deletes every customer-data row of one channel, files first (a re-run finds the rows again if a file delete fails). */
export async function deleteDataOfChannel(channel: { id: string; workspaceId: string; type: string }) {
  const media = await db.messageMedia.findMany({ where: { message: { channelId: channel.id } }, select: { id: true, workspaceId: true, storageKey: true } });
  // A download writes its file at <workspaceId>/<mediaId> before recording the key, so a row
  // without a key may still have a file (a crash in between): delete that key too.
  const files = await deleteStoredFiles(media.map((m) => m.storageKey ?? mediaStorageKey(m.workspaceId, m.id)));
  const result = await db.$transaction(async (tx) => {
    const messages = await tx.message.deleteMany({ where: { channelId: channel.id } }); // media rows cascade
    await tx.conversation.deleteMany({ where: { channelId: channel.id } });
    const contacts = await tx.contact.deleteMany({ where: { channelId: channel.id } });
    await tx.pendingMessageStatus.deleteMany({ where: { channelId: channel.id } });
    await tx.messageTemplate.deleteMany({ where: { channelId: channel.id } });
    await tx.webhookEvent.updateMany({ where: { channelId: channel.id }, data: { payload: {} } });
    return { messages: messages.count, contacts: contacts.count };
  });
  await recordAudit({ action: 'channel.data_deleted', workspaceId: channel.workspaceId, targetType: 'channel', targetId: channel.id, metadata: { type: channel.type, ...result, files } });
  return { deleted: true, ...result, files };
}
