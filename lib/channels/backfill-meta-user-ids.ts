// Channels connected before the connect flows stored the callback user id (Instagram, WhatsApp)
// get it from their stored token (GET /me), so Meta's Deauthorize and Data Deletion callbacks
// find them. Messenger stored it from the start, and a Page token's /me is the Page, so it is
// skipped. The migration already copied WhatsApp ids from the same person's Messenger channel.
import { decryptToken } from '../crypto/token-cipher';
import { db } from '../db';
import { env } from '../env';
import { fetchMetaUserId } from '../meta/oauth/fetch-meta-user-id';

export async function backfillMetaUserIds(options: { limit?: number } = {}): Promise<{ checked: number; filled: number }> {
  // Unscoped on purpose: platform maintenance over every workspace's channels, one row at a time.
  const channels = await db.channel.findMany({
    where: { metaUserId: null, type: { in: ['instagram', 'whatsapp'] }, status: 'active', accessTokenEnc: { not: null } },
    select: { id: true, type: true, accessTokenEnc: true },
    take: options.limit ?? 100,
  });
  let filled = 0;
  for (const channel of channels) {
    let token: string;
    try {
      token = decryptToken(channel.accessTokenEnc!);
    } catch {
      continue;
    }
    const baseUrl = channel.type === 'instagram' ? env().META_INSTAGRAM_GRAPH_BASE_URL : env().META_GRAPH_BASE_URL;
    const metaUserId = await fetchMetaUserId({ baseUrl, accessToken: token });
    if (metaUserId) {
      await db.channel.updateMany({ where: { id: channel.id, metaUserId: null }, data: { metaUserId } });
      filled += 1;
    }
  }
  return { checked: channels.length, filled };
}
