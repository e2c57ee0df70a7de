// Password guessing is slowed per (account, address) and per address, never by locking the
// account: strangers cannot keep the owner out, the owner hears about it by email, and a stolen
// session cannot use "current password" forms as a guessing oracle.
import { describe, expect, it, vi } from 'vitest';
import { changePassword } from '@/lib/auth/change-password';
import { requestEmailChange } from '@/lib/auth/change-email';
import { hashPassword } from '@/lib/auth/hash-password';
import { logIn } from '@/lib/auth/log-in';
import { db } from '@/lib/db';
import type { RequestMeta } from '@/lib/http/request-meta';
import { createSessionRow, createUser } from '../factories';

vi.mock('next/headers', async () => (await import('../support/mock-request')).nextHeadersMock());

const PASSWORD = 'a calm green kettle 42';
const from = (ipAddress: string | null): RequestMeta => ({ ipAddress, userAgent: 'vitest', requestId: null });

async function owner(options: { verified?: boolean } = {}) {
  const user = await createUser({ passwordHash: await hashPassword(PASSWORD) });
  if (options.verified === false) await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: null } });
  return user;
}

/** What logIn did: 'ok', or the AppError code it threw. */
async function attempt(email: string, password: string, ip: string | null): Promise<string> {
  try {
    await logIn({ email, password, meta: from(ip) });
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? 'error';
  }
}

const alertEmails = (to: string) =>
  db.$queryRaw<{ attempts: number; lastIp: string | null }[]>`
    select (data->'props'->>'attempts')::int as attempts, data->'props'->>'lastIpAddress' as "lastIp"
    from pgboss.job where name = 'send-email' and data->>'template' = 'failed-sign-ins' and data->>'to' = ${to}`;

describe('sign-in throttling', () => {
  it('strangers spraying wrong passwords from many addresses never lock the owner out', async () => {
    const user = await owner();
    const outcomes: string[] = [];
    // 3 addresses × 6 tries: the first two are cut off after 5; after those 10 failures the
    // account is under attack, so the third address is cut off after 2.
    for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) for (let i = 0; i < 6; i++) outcomes.push(await attempt(user.email, `wrong ${i}`, ip));
    const [u, r] = ['unauthorized', 'rate_limited'];
    expect(outcomes).toEqual([u, u, u, u, u, r, u, u, u, u, u, r, u, u, r, r, r, r]);
    // The owner, from their own network, gets straight in with the right password.
    expect(await attempt(user.email, PASSWORD, '203.0.113.200')).toBe('ok');
  });

  it('under attack, an address that already failed gets one more try; a fresh one is not slowed', async () => {
    const user = await owner();
    for (let i = 0; i < 10; i++) await attempt(user.email, `wrong ${i}`, `198.51.100.${10 + i}`);
    // A typo from the owner's address is allowed one retry during the attack...
    expect(await attempt(user.email, 'typo', '203.0.113.201')).toBe('unauthorized');
    expect(await attempt(user.email, PASSWORD, '203.0.113.201')).toBe('ok');
    // ...while an attacking address that failed twice must wait for its window.
    expect(await attempt(user.email, 'wrong a', '198.51.100.99')).toBe('unauthorized');
    expect(await attempt(user.email, 'wrong b', '198.51.100.99')).toBe('unauthorized');
    expect(await attempt(user.email, PASSWORD, '198.51.100.99')).toBe('rate_limited');
  });

  it('a right password gives the address its tries back', async () => {
    const user = await owner();
    for (let i = 0; i < 4; i++) expect(await attempt(user.email, 'wrong', '198.51.100.40')).toBe('unauthorized');
    expect(await attempt(user.email, PASSWORD, '198.51.100.40')).toBe('ok');
    for (let i = 0; i < 4; i++) expect(await attempt(user.email, 'wrong', '198.51.100.40')).toBe('unauthorized');
    expect(await attempt(user.email, PASSWORD, '198.51.100.40')).toBe('ok');
  });

  it('parallel guesses cannot slip past the limit: at most 5 reach the password check', async () => {
    const user = await owner();
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(user.email, `parallel ${i}`, '198.51.100.50')));
    expect(outcomes.filter((o) => o === 'unauthorized')).toHaveLength(5);
    expect(outcomes.filter((o) => o === 'rate_limited')).toHaveLength(15);
    expect(await db.auditLog.count({ where: { actorUserId: user.id, action: 'user.sign_in_failed' } })).toBe(5);
  });

  it('one address spraying many accounts is cut off after 30 failures', async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 31; i++) outcomes.push(await attempt(`sprayed-${i}@example.test`, 'password1', '198.51.100.60'));
    expect(outcomes.slice(0, 30).every((o) => o === 'unauthorized')).toBe(true);
    expect(outcomes[30]).toBe('rate_limited');
  });

  it('emails a verified owner once a day after five failed sign-ins, with the latest address', async () => {
    const user = await owner();
    for (let i = 0; i < 4; i++) await attempt(user.email, 'wrong', `198.51.100.${70 + i}`);
    expect(await alertEmails(user.email)).toEqual([]);
    await attempt(user.email, 'wrong', '198.51.100.74');
    expect(await alertEmails(user.email)).toEqual([{ attempts: 5, lastIp: '198.51.100.74' }]);
    for (let i = 0; i < 6; i++) await attempt(user.email, 'wrong', `198.51.100.${80 + i}`);
    expect(await alertEmails(user.email)).toHaveLength(1);
  });

  it('sends no alert for unknown or unverified addresses', async () => {
    for (let i = 0; i < 6; i++) await attempt('nobody-here@example.test', 'wrong', `198.51.100.${90 + i}`);
    expect(await alertEmails('nobody-here@example.test')).toEqual([]);
    const unverified = await owner({ verified: false });
    for (let i = 0; i < 6; i++) await attempt(unverified.email, 'wrong', `198.51.100.${100 + i}`);
    expect(await alertEmails(unverified.email)).toEqual([]);
  });
});

describe('current-password checks', () => {
  it('change password: five wrong current passwords, then refused even with the right one', async () => {
    const user = await owner();
    const session = await createSessionRow(user.id);
    const change = (currentPassword: string) =>
      changePassword({ userId: user.id, sessionId: session.id, currentPassword, password: 'another calm kettle 43', meta: from('198.51.100.120') }).then(
        () => 'ok',
        (error: { code?: string }) => error.code ?? 'error',
      );
    for (let i = 0; i < 5; i++) expect(await change(`wrong ${i}`)).toBe('bad_request');
    expect(await change(PASSWORD)).toBe('rate_limited');
    expect(await attempt(user.email, PASSWORD, '203.0.113.9')).toBe('ok');
  });

  it('change email shares the same budget and a right password resets it', async () => {
    const user = await owner();
    const request = (currentPassword: string) =>
      requestEmailChange({ userId: user.id, newEmail: `new-${user.id}@example.test`, currentPassword, meta: from(null) }).then(
        () => 'ok',
        (error: { code?: string }) => error.code ?? 'error',
      );
    for (let i = 0; i < 4; i++) expect(await request('wrong')).toBe('bad_request');
    expect(await request(PASSWORD)).toBe('ok');
    for (let i = 0; i < 5; i++) expect(await request('wrong')).toBe('bad_request');
    expect(await request('wrong')).toBe('rate_limited');
  });
});
