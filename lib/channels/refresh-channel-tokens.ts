// Instagram Login tokens live 60 days and can be refreshed once they are ≥24 h old and not
// yet expired (meta-platform.md §e). Page tokens and WhatsApp business tokens do not expire,
// so only Instagram channels are refreshed; a token past its expiry is marked for reconnect.
import { decryptToken, encryptToken } from '../crypto/token-cipher';
import { db } from '../db';
import { env } from '../env';
import type { Logger } from '../logger';
import { GraphApiError } from '../meta/graph-error';
import { graphRequest } from '../meta/graph-request';
import { markChannelTokenExpired } from './mark-channel-token-expired';

const HOUR = 3_600_000;
const REFRESH_WHEN_EXPIRING_WITHIN = 10 * 24 * HOUR;
const MIN_TOKEN_AGE = 24 * HOUR;

export async function refreshChannelTokens(options: { log: Logger; now?: Date }) {
  const now = options.now ?? new Date();
  const counts = { refreshed: 0, expired: 0, failed: 0 };

  // Unscoped on purpose: a platform-wide maintenance job; each row is handled on its own.
  const alreadyExpired = await db.channel.findMany({ where: { status: 'active', tokenExpiresAt: { lte: now } }, select: { id: true } });
  for (const channel of alreadyExpired) {
    if (await markChannelTokenExpired({ channelId: channel.id, reason: 'The access token expired before it could be refreshed.' })) counts.expired += 1;
  }

  const due = await db.channel.findMany({
    where: {
      type: 'instagram',
      status: 'active',
      accessTokenEnc: { not: null },
      tokenExpiresAt: { gt: now, lte: new Date(now.getTime() + REFRESH_WHEN_EXPIRING_WITHIN) },
      OR: [{ tokenRefreshedAt: null }, { tokenRefreshedAt: { lte: new Date(now.getTime() - MIN_TOKEN_AGE) } }],
    },
    select: { id: true, workspaceId: true, accessTokenEnc: true },
  });
  for (const channel of due) {
    const log = options.log.child({ channelId: channel.id, workspaceId: channel.workspaceId });
    try {
      const result = await graphRequest<{ access_token: string; expires_in?: number }>({
        baseUrl: env().META_INSTAGRAM_GRAPH_BASE_URL,
        path: 'refresh_access_token',
        query: { grant_type: 'ig_refresh_token', access_token: decryptToken(channel.accessTokenEnc!) },
      });
      await db.channel.updateMany({
        where: { id: channel.id, status: 'active' },
        data: {
          accessTokenEnc: encryptToken(result.access_token),
          tokenRefreshedAt: now,
          tokenExpiresAt: new Date(now.getTime() + (result.expires_in ?? 60 * 86_400) * 1000),
        },
      });
      counts.refreshed += 1;
    } catch (error) {
      if (error instanceof GraphApiError && error.kind === 'token_invalid') {
        await markChannelTokenExpired({ channelId: channel.id, reason: `Meta rejected the token while refreshing it: ${error.message}` });
        counts.expired += 1;
      } else {
        // Transient: the next hourly run tries again, well before the 10-day margin runs out.
        log.warn({ err: error }, 'instagram token refresh failed');
        counts.failed += 1;
      }
    }
  }
  return counts;
}
