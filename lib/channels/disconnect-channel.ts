// Disconnect: revoke at Meta, forget the token, and schedule deletion of the channel's
// customer data after 30 days (or now). Calling it again on a disconnected channel only
// reschedules the deletion (e.g. "delete now" later).
import { recordAudit } from '../audit/record-audit';
import { decryptToken } from '../crypto/token-cipher';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import { enqueue } from '../jobs/enqueue';
import { logger } from '../logger';
import { forgetChannelRoutes } from '../meta/webhooks/find-channel-routes';
import type { WorkspaceContext } from '../workspaces/context';
import { revokeChannelAtMeta } from './revoke-channel-at-meta';

export const DATA_RETENTION_AFTER_DISCONNECT_DAYS = 30;

type Ctx = Pick<WorkspaceContext, 'workspace' | 'user' | 'db' | 'can'>;

export async function disconnectChannel(options: { ctx: Ctx; channelId: string; deleteNow: boolean; meta?: Partial<RequestMeta> | null; now?: Date }) {
  const { ctx } = options;
  if (!ctx.can('channels.manage')) throw new AppError('forbidden', 'Only owners and admins can disconnect channels.');
  const channel = await ctx.db.channel.findFirst({
    where: { id: options.channelId },
    select: { id: true, type: true, externalId: true, pageId: true, wabaId: true, metaUserId: true, accessTokenEnc: true, status: true },
  });
  if (!channel) throw new AppError('not_found', 'Channel not found.');
  const log = logger.child({ workspaceId: ctx.workspace.id, channelId: channel.id });

  // Outside any transaction (house style: never call Meta inside one).
  let revocation = { unsubscribed: false, permissionsRevoked: false };
  if (channel.accessTokenEnc) {
    let token: string | null = null;
    try {
      token = decryptToken(channel.accessTokenEnc);
    } catch (error) {
      log.warn({ err: error }, 'stored channel token cannot be decrypted; skipping revocation');
    }
    if (token) revocation = await revokeChannelAtMeta(channel, token, log);
  }

  const now = options.now ?? new Date();
  const deleteDataAfter = options.deleteNow ? now : new Date(now.getTime() + DATA_RETENTION_AFTER_DISCONNECT_DAYS * 86_400_000);
  await ctx.db.channel.update({
    where: { id: channel.id },
    data: {
      status: 'disconnected',
      statusReason: null,
      accessTokenEnc: null,
      tokenExpiresAt: null,
      disconnectedAt: channel.status === 'disconnected' ? undefined : now,
      deleteDataAfter,
    },
  });
  forgetChannelRoutes(); // webhooks for this account stop routing here (this process at once)
  await enqueue('delete-channel-data', { channelId: channel.id }, { startAfter: deleteDataAfter, singletonKey: `${channel.id}:${deleteDataAfter.getTime()}` });
  await recordAudit({
    action: 'channel.disconnected',
    ctx,
    meta: options.meta,
    targetType: 'channel',
    targetId: channel.id,
    metadata: { type: channel.type, deleteNow: options.deleteNow, deleteDataAfter: deleteDataAfter.toISOString(), ...revocation },
  });
  log.info({ deleteNow: options.deleteNow }, 'channel disconnected');
  return { id: channel.id, deleteDataAfter };
}
