import { recordAudit } from '../audit/record-audit';
import { db } from '../db';
import { logger } from '../logger';
import { emailOwnersChannelNeedsReconnect } from './email-owners-channel-needs-reconnect';

/**
 * Meta rejected the channel's token (error 190/102), or it expired: stop using it, show
 * "reconnect" in the dashboard and email the workspace owners. Idempotent: an already-expired
 * channel is left as is and nobody is emailed twice.
 */
export async function markChannelTokenExpired(options: { channelId: string; reason: string }): Promise<boolean> {
  const { count } = await db.channel.updateMany({
    where: { id: options.channelId, status: 'active' },
    data: { status: 'token_expired', statusReason: options.reason.slice(0, 500) },
  });
  if (count === 0) return false;
  const channel = await db.channel.findUniqueOrThrow({ where: { id: options.channelId }, select: { workspaceId: true, type: true, name: true } });
  await recordAudit({ action: 'channel.token_expired', workspaceId: channel.workspaceId, targetType: 'channel', targetId: options.channelId, metadata: { type: channel.type } });
  logger.warn({ channelId: options.channelId, workspaceId: channel.workspaceId }, 'channel token expired');
  await emailOwnersChannelNeedsReconnect({ workspaceId: channel.workspaceId, channel });
  return true;
}
