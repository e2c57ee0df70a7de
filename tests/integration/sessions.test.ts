import { describe, expect, it, vi } from 'vitest';
import { SESSION_COOKIE, SESSION_IDLE_TIMEOUT_MS } from '@/lib/auth/session-policy';
import { sessionKeyring } from '@/lib/auth/session-keyring';
import { signSessionToken } from '@/lib/auth/session-token';
import { revokeOtherSessions, revokeSession } from '@/lib/auth/list-sessions';
import { db } from '@/lib/db';
import { createSessionRow, createUser } from '../factories';

const jar = new Map<string, string>();
vi.mock('next/headers', () => ({ cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined) }) }));

/** getCurrentSession is cached per request with React's cache(); re-import per "request". */
async function currentSessionFor(sessionId: string, userId: string) {
  const expiresAt = new Date(Date.now() + 3600_000);
  jar.set(SESSION_COOKIE, await signSessionToken({ sessionId, userId }, sessionKeyring(), expiresAt));
  vi.resetModules();
  const { getCurrentSession } = await import('@/lib/auth/get-current-session');
  return getCurrentSession();
}

describe('server-side sessions', () => {
  it('a revoked row signs the browser out at once, even though its JWT is still valid', async () => {
    const user = await createUser();
    const session = await createSessionRow(user.id);
    expect((await currentSessionFor(session.id, user.id))?.user.id).toBe(user.id);
    expect(await revokeSession({ userId: user.id, sessionId: session.id })).toBe(true);
    expect(await currentSessionFor(session.id, user.id)).toBeNull();
  });

  it('an idle session expires; a cookie naming another user\'s session is rejected', async () => {
    const user = await createUser();
    const other = await createUser();
    const session = await createSessionRow(user.id);
    expect(await currentSessionFor(session.id, other.id)).toBeNull();
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(Date.now() - SESSION_IDLE_TIMEOUT_MS - 1000) } });
    expect(await currentSessionFor(session.id, user.id)).toBeNull();
  });

  it('"sign out others" keeps the current session and leaves other users alone', async () => {
    const user = await createUser();
    const stranger = await createUser();
    const [current, second, third] = [await createSessionRow(user.id), await createSessionRow(user.id), await createSessionRow(user.id)];
    const strangers = await createSessionRow(stranger.id);
    expect(await revokeOtherSessions({ userId: user.id, keepSessionId: current.id })).toBe(2);
    expect(await revokeSession({ userId: user.id, sessionId: strangers.id })).toBe(false);
    const rows = await db.session.findMany({ where: { id: { in: [current.id, second.id, third.id, strangers.id] } }, select: { id: true, revokedAt: true } });
    const revoked = Object.fromEntries(rows.map((r) => [r.id, r.revokedAt !== null]));
    expect(revoked).toEqual({ [current.id]: false, [second.id]: true, [third.id]: true, [strangers.id]: false });
  });
});
