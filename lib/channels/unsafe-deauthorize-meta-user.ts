// A Facebook user removed our app (Deauthorize callback): every channel they connected stops
// at once — token gone, status disconnected, so webhook processing and sends skip it.
// Unscoped on purpose: Meta names only its app-scoped user id, verified by the signed_request.
import { recordAudit } from '../audit/record-audit';
import { db } from '../db';
import { forgetChannelRoutes } from '../meta/webhooks/find-channel-routes';

export async function unsafeDeauthorizeMetaUser(options: { metaUserId: string; now?: Date }): Promise<number> {
  const now = options.now ?? new Date();
  const channels = await db.channel.findMany({ where: { metaUserId: options.metaUserId, status: { not: 'disconnected' } }, select: { id: true, workspaceId: true, type: true } });
  for (const channel of channels) {
    const { count } = await db.channel.updateMany({
      where: { id: channel.id, status: { not: 'disconnected' } },
      data: { status: 'disconnected', statusReason: 'The app was removed in Facebook settings.', accessTokenEnc: null, tokenExpiresAt: null, disconnectedAt: now },
    });
    if (count) forgetChannelRoutes();
    if (count) await recordAudit({ action: 'channel.deauthorized', workspaceId: channel.workspaceId, targetType: 'channel', targetId: channel.id, metadata: { type: channel.type } });
  }
  return channels.length;
}
