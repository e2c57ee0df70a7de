// A Facebook or Instagram user removed our app (Deauthorize callback): every channel they
// connected — and only those — stops at once: token gone, status disconnected, so webhook
// processing and sends skip it. Its customer data is deleted after the same 30 days as a manual
// disconnect (reconnecting cancels that), as the Privacy Policy says.
// Unscoped on purpose: Meta names only its app-scoped user id, verified by the signed_request.
import { recordAudit } from '../audit/record-audit';
import { db } from '../db';
import { forgetChannelRoutes } from '../meta/webhooks/find-channel-routes';
import { enqueue } from '../jobs/enqueue';
import { DATA_RETENTION_AFTER_DISCONNECT_DAYS } from './disconnect-channel';

export async function unsafeDeauthorizeMetaUser(options: { metaUserId: string; now?: Date }): Promise<number> {
  const now = options.now ?? new Date();
  const deleteDataAfter = new Date(now.getTime() + DATA_RETENTION_AFTER_DISCONNECT_DAYS * 86_400_000);
  const channels = await db.channel.findMany({ where: { metaUserId: options.metaUserId, status: { not: 'disconnected' } }, select: { id: true, workspaceId: true, type: true } });
  for (const channel of channels) {
    const { count } = await db.channel.updateMany({
      where: { id: channel.id, status: { not: 'disconnected' } },
      data: { status: 'disconnected', statusReason: 'The app was removed in Facebook or Instagram settings.', accessTokenEnc: null, tokenExpiresAt: null, disconnectedAt: now, deleteDataAfter },
    });
    if (!count) continue;
    forgetChannelRoutes();
    await enqueue('delete-channel-data', { channelId: channel.id }, { startAfter: deleteDataAfter, singletonKey: `${channel.id}:${deleteDataAfter.getTime()}` });
    await recordAudit({ action: 'channel.deauthorized', workspaceId: channel.workspaceId, targetType: 'channel', targetId: channel.id, metadata: { type: channel.type, deleteDataAfter: deleteDataAfter.toISOString() } });
  }
  return channels.length;
}
