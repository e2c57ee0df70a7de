// Between "Facebook returned several Pages" and "the user picked one", the Page list (with
// Page tokens) waits in an HttpOnly cookie, encrypted with the token cipher and bound to the
// workspace and user, for 10 minutes. Nothing is stored server-side for abandoned attempts.
import { z } from 'zod';
import { decryptToken, encryptToken } from '../../crypto/token-cipher';
import { connectError } from '../../channels/connect-errors';
import type { MessengerPages } from './connect-messenger';

export const PENDING_PAGES_COOKIE = 'relaydesk_pending_pages';
export const PENDING_PAGES_TTL_SECONDS = 600;
const MAX_PAGES = 25;

const pendingSchema = z.object({
  w: z.string(),
  u: z.string(),
  exp: z.number(),
  metaUserId: z.string(),
  pages: z.array(z.object({ id: z.string(), name: z.string(), accessToken: z.string(), pictureUrl: z.string().nullable() })),
});

export function sealPendingPages(options: { workspaceId: string; userId: string; pages: MessengerPages; now?: Date }): string {
  const now = options.now ?? new Date();
  const value = { w: options.workspaceId, u: options.userId, exp: now.getTime() + PENDING_PAGES_TTL_SECONDS * 1000, ...options.pages, pages: options.pages.pages.slice(0, MAX_PAGES) };
  return encryptToken(JSON.stringify(value));
}

export function openPendingPages(options: { sealed: string | undefined; workspaceId: string; userId: string; now?: Date }): MessengerPages {
  const gone = connectError('pages_expired');
  if (!options.sealed) throw gone;
  let value: z.infer<typeof pendingSchema>;
  try {
    value = pendingSchema.parse(JSON.parse(decryptToken(options.sealed)));
  } catch {
    throw gone;
  }
  if (value.exp < (options.now ?? new Date()).getTime() || value.w !== options.workspaceId || value.u !== options.userId) throw gone;
  return { metaUserId: value.metaUserId, pages: value.pages };
}
