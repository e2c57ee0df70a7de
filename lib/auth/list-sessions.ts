import { db } from '../db';

export async function listActiveSessions(userId: string) {
  return db.session.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { lastSeenAt: 'desc' },
    select: { id: true, userAgent: true, ipAddress: true, createdAt: true, lastSeenAt: true },
    take: 100,
  });
}

/** Revokes one of the user's own sessions; another user's session id changes nothing. */
export async function revokeSession(input: { userId: string; sessionId: string }): Promise<boolean> {
  const { count } = await db.session.updateMany({ where: { id: input.sessionId, userId: input.userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count > 0;
}

export async function revokeOtherSessions(input: { userId: string; keepSessionId: string }): Promise<number> {
  const { count } = await db.session.updateMany({ where: { userId: input.userId, revokedAt: null, id: { not: input.keepSessionId } }, data: { revokedAt: new Date() } });
  return count;
}
