import { SESSION_IDLE_TIMEOUT_MS } from '../auth/session-policy';
import { db } from '../db';
import { can } from '../workspaces/permissions';

/** Why a live stream may no longer deliver: its session ended, or its member left the workspace. */
export type InboxStreamAccess = 'ok' | 'signed_out' | 'removed';

/**
 * The same rules as a request's session and membership checks (get-current-session.ts,
 * workspaces/context.ts), re-run for an open stream: one primary-key read of the session with
 * the membership joined in.
 */
export async function checkInboxStreamAccess(input: { sessionId: string; userId: string; workspaceId: string }, now = new Date()): Promise<InboxStreamAccess> {
  const session = await db.session.findUnique({
    where: { id: input.sessionId },
    select: { userId: true, revokedAt: true, expiresAt: true, lastSeenAt: true, user: { select: { memberships: { where: { workspaceId: input.workspaceId }, select: { role: true } } } } },
  });
  if (!session || session.userId !== input.userId || session.revokedAt) return 'signed_out';
  if (session.expiresAt <= now || session.lastSeenAt.getTime() + SESSION_IDLE_TIMEOUT_MS <= now.getTime()) return 'signed_out';
  const membership = session.user.memberships[0];
  return membership && can(membership.role, 'inbox.use') ? 'ok' : 'removed';
}
