// Best-effort revocation when a channel is disconnected: unsubscribe the app from the account's
// webhooks, and for Facebook-login channels revoke the user's grant when no other live channel
// still relies on it. A token Meta already rejects is fine: it is being thrown away anyway.
import { db } from '../db';
import { env } from '../env';
import type { ChannelType } from '../generated/prisma/enums';
import type { Logger } from '../logger';
import { graphBaseUrlFor } from '../meta/graph-base-url';
import { graphRequest } from '../meta/graph-request';

type RevocableChannel = { id: string; type: ChannelType; externalId: string; pageId: string | null; wabaId: string | null; metaUserId: string | null };

export async function revokeChannelAtMeta(channel: RevocableChannel, accessToken: string, log: Logger): Promise<{ unsubscribed: boolean; permissionsRevoked: boolean }> {
  const baseUrl = graphBaseUrlFor(channel.type);
  const subscriptionPath =
    channel.type === 'instagram' ? 'me/subscribed_apps' : channel.type === 'messenger' ? `${channel.pageId ?? channel.externalId}/subscribed_apps` : channel.wabaId ? `${channel.wabaId}/subscribed_apps` : null;
  let unsubscribed = false;
  if (subscriptionPath) {
    try {
      await graphRequest({ baseUrl, path: subscriptionPath, method: 'DELETE', accessToken });
      unsubscribed = true;
    } catch (error) {
      log.warn({ channelId: channel.id, err: error }, 'could not unsubscribe the app from the channel at Meta');
    }
  }
  let permissionsRevoked = false;
  // Only Facebook Login grants belong to a Facebook user; Instagram Login has no /permissions
  // edge and a WhatsApp business token belongs to a system user.
  if (channel.type === 'messenger' && channel.metaUserId) {
    // Unscoped on purpose: the same Facebook user may have connected pages in other workspaces,
    // whose grant must survive; only a count is read.
    const others = await db.channel.count({ where: { metaUserId: channel.metaUserId, id: { not: channel.id }, status: 'active', type: { not: 'instagram' } } });
    if (others === 0) {
      const config = env();
      try {
        await graphRequest({
          baseUrl,
          path: `${channel.metaUserId}/permissions`,
          method: 'DELETE',
          // App access token (`app_id|app_secret`): the user token was never stored.
          accessToken: `${config.META_APP_ID}|${config.META_APP_SECRET ?? ''}`,
        });
        permissionsRevoked = true;
      } catch (error) {
        log.warn({ channelId: channel.id, err: error }, 'could not revoke the Facebook permissions at Meta');
      }
    }
  }
  return { unsubscribed, permissionsRevoked };
}
