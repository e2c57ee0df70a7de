import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { consumeUserToken, issueUserToken } from '@/lib/auth/user-tokens';

async function user() {
  return db.user.create({ data: { email: `u${Math.random()}@example.test`, name: 'U', passwordHash: 'x' } });
}

describe('single-use emailed tokens', () => {
  it('works once, then reports used; wrong purpose and forged tokens are invalid', async () => {
    const u = await user();
    const token = await issueUserToken({ userId: u.id, purpose: 'password_reset' });
    expect(await consumeUserToken(token, 'email_verification')).toEqual({ ok: false, problem: 'invalid' });
    expect(await consumeUserToken(token, 'password_reset')).toMatchObject({ ok: true, userId: u.id });
    expect(await consumeUserToken(token, 'password_reset')).toEqual({ ok: false, problem: 'used' });
    expect(await consumeUserToken('forged-token-forged-token-forged', 'password_reset')).toEqual({ ok: false, problem: 'invalid' });
  });

  it('expires, and a newer token replaces the older one, which says so instead of "already used" (issue 14)', async () => {
    const u = await user();
    const first = await issueUserToken({ userId: u.id, purpose: 'email_verification' });
    const second = await issueUserToken({ userId: u.id, purpose: 'email_verification' });
    expect(await consumeUserToken(first, 'email_verification')).toEqual({ ok: false, problem: 'superseded' });
    // A used token stays "used" when a newer one is issued later.
    const reset = await issueUserToken({ userId: u.id, purpose: 'password_reset' });
    expect(await consumeUserToken(reset, 'password_reset')).toMatchObject({ ok: true });
    await issueUserToken({ userId: u.id, purpose: 'password_reset' });
    expect(await consumeUserToken(reset, 'password_reset')).toEqual({ ok: false, problem: 'used' });
    await db.userToken.updateMany({ where: { userId: u.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await consumeUserToken(second, 'email_verification')).toEqual({ ok: false, problem: 'expired' });
  });

  it('stores only a hash of the token', async () => {
    const u = await user();
    const token = await issueUserToken({ userId: u.id, purpose: 'email_change', newEmail: 'new@example.test' });
    const rows = await db.userToken.findMany({ where: { userId: u.id } });
    expect(rows[0]!.tokenHash).not.toContain(token);
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
