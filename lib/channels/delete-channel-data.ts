// The delete-channel-data job's work: removes a disconnected channel's contacts,
// conversations, messages, media files and templates once its deleteDataAfter has passed.
// Safe to run twice, and a no-op when the channel was reconnected in the meantime.
import { recordAudit } from '../audit/record-audit';
import { db } from '../db';
import { eraseChannelData } from '../erasure/erase-channel-data';

export async function deleteChannelData(options: { channelId: string; now?: Date }): Promise<{ deleted: boolean; reason?: string; contacts?: number; messages?: number; files?: number; conversations?: number; webhookUnits?: number }> {
  const now = options.now ?? new Date();
  // Unscoped on purpose: runs in a worker for a channel id our own code queued.
  const channel = await db.channel.findUnique({ where: { id: options.channelId }, select: { id: true, workspaceId: true, type: true, status: true, deleteDataAfter: true } });
  if (!channel) return { deleted: false, reason: 'channel no longer exists' };
  if (channel.status !== 'disconnected') return { deleted: false, reason: 'channel was reconnected' };
  if (!channel.deleteDataAfter || channel.deleteDataAfter > now) return { deleted: false, reason: 'deletion is not due yet' };
  return deleteDataOfChannel(channel);
}

/** Erases every customer-data row and file of one channel (lib/erasure/erase-channel-data.ts) and audits it. */
export async function deleteDataOfChannel(channel: { id: string; workspaceId: string; type: string }) {
  const counts = await eraseChannelData({ workspaceId: channel.workspaceId, channelId: channel.id });
  await recordAudit({ action: 'channel.data_deleted', workspaceId: channel.workspaceId, targetType: 'channel', targetId: channel.id, metadata: { type: channel.type, ...counts } });
  return { deleted: true, ...counts };
}
