import { cookies } from 'next/headers';
import { cache } from 'react';
import { db } from '../db';
import { SESSION_COOKIE, SESSION_IDLE_TIMEOUT_MS, SESSION_TOUCH_INTERVAL_MS } from './session-policy';
import { sessionKeyring } from './session-keyring';
import { verifySessionToken } from './session-token';

export type CurrentSession = {
  id: string;
  currentWorkspaceId: string | null;
  user: { id: string; email: string; name: string; emailVerifiedAt: Date | null };
};

/**
 * The signed-in session for this request, or null. A missing, tampered, expired, revoked or
 * idle session all mean "signed out" — never an error page. Cached per request.
 */
export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  const claims = await verifySessionToken(token, sessionKeyring());
  if (!claims) return null;
  const session = await db.session.findUnique({
    where: { id: claims.sessionId },
    select: {
      id: true, userId: true, currentWorkspaceId: true, revokedAt: true, expiresAt: true, lastSeenAt: true,
      user: { select: { id: true, email: true, name: true, emailVerifiedAt: true } },
    },
  });
  const now = Date.now();
  if (!session || session.userId !== claims.userId || session.revokedAt) return null;
  if (session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + SESSION_IDLE_TIMEOUT_MS <= now) return null;
  if (now - session.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    // Sliding renewal: activity pushes the idle deadline forward (never past expiresAt).
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
  }
  return { id: session.id, currentWorkspaceId: session.currentWorkspaceId, user: session.user };
});
