// "Sign out" next to a session in Settings → Account: only the user's own active sessions.
import { describe, expect, it, vi } from 'vitest';
import { revokeSessionAction } from '@/app/(app)/settings/account/actions';
import { db } from '@/lib/db';
import { createSessionRow, createWorkspaceWithOwner } from '../factories';
import { form, signInAs } from '../support/sign-in';

vi.mock('next/headers', async () => (await import('../support/mock-request')).nextHeadersMock());
vi.mock('next/cache', async () => (await import('../support/mock-request')).nextCacheMock());

describe('revokeSessionAction', () => {
  it('signs out one of my sessions, and says so only when it did', async () => {
    const me = await createWorkspaceWithOwner();
    const stranger = await createWorkspaceWithOwner();
    const mine = await createSessionRow(me.owner.id);
    const theirs = await createSessionRow(stranger.owner.id);
    await signInAs(me.owner.id, me.workspace.id);

    expect(await revokeSessionAction({ ok: false, error: '' }, form({ sessionId: theirs.id }))).toEqual({
      ok: false,
      error: 'That session is not one of your active sessions. It may have ended already; reload the page.',
      values: { sessionId: theirs.id },
    });
    expect((await db.session.findUniqueOrThrow({ where: { id: theirs.id } })).revokedAt).toBeNull();

    expect(await revokeSessionAction({ ok: false, error: '' }, form({ sessionId: mine.id }))).toEqual({ ok: true, message: 'Session signed out.' });
    expect((await db.session.findUniqueOrThrow({ where: { id: mine.id } })).revokedAt).not.toBeNull();
    // Again: it has already ended.
    expect(await revokeSessionAction({ ok: false, error: '' }, form({ sessionId: mine.id }))).toMatchObject({ ok: false });
  });
});
