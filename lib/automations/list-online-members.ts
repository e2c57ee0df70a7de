// Who counts as online for routing: a member with a live session in this workspace seen within
// ONLINE_WINDOW_MS (sessions are touched every 5 minutes while the app is used), or who viewed a
// conversation in the last minute (presence heartbeats every 20 s).
import { SESSION_TOUCH_INTERVAL_MS } from '../auth/session-policy';
import { db } from '../db';

export const ONLINE_WINDOW_MS = 2 * SESSION_TOUCH_INTERVAL_MS;

export async function listOnlineMembers(options: { workspaceId: string; userIds: string[]; now: Date }): Promise<Set<string>> {
  const { workspaceId, userIds, now } = options;
  if (!userIds.length) return new Set();
  // Sessions are not tenant rows; membership in this workspace is required by the join below.
  const [sessions, presence] = await Promise.all([
    db.session.findMany({
      where: {
        userId: { in: userIds }, revokedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - ONLINE_WINDOW_MS) },
        currentWorkspaceId: workspaceId, user: { memberships: { some: { workspaceId } } },
      },
      select: { userId: true },
    }),
    db.conversationPresence.findMany({ where: { workspaceId, userId: { in: userIds }, seenAt: { gt: new Date(now.getTime() - 60_000) } }, select: { userId: true } }),
  ]);
  return new Set([...sessions, ...presence].map((row) => row.userId));
}
