// Sign-up answers the same for every address and does the same work in the request (rate limit,
// argon2id hash, one queued job), so neither the answer nor its timing reveals who has an account
// (bench/sign-up-timing measures the timing). The complete-sign-up job then creates the account
// and sends the verification link — or emails the existing owner "you already have an account".
import { describe, expect, it, vi } from 'vitest';
import { forgotPasswordAction, signUpAction } from '@/app/(auth)/actions';
import { verifyPassword } from '@/lib/auth/hash-password';
import { completeSignUp } from '@/lib/auth/complete-sign-up';
import { sendPasswordReset } from '@/lib/auth/send-password-reset';
import { pendingSignUpSchema } from '@/lib/auth/pending-sign-up.schema';
import { keyIdOf } from '@/lib/crypto/token-cipher';
import { db } from '@/lib/db';
import { resetEnvCache } from '@/lib/env';
import { sendEmailJob } from '@/lib/jobs/definitions/send-email';
import { PEER_ADDRESS_HEADER, peerAddressHeaderValue } from '@/lib/http/peer-address-stamp';
import { logger } from '@/lib/logger';
import { mockRequest, sameOriginHeaders } from '../support/mock-request';
import { form } from '../support/sign-in';
import { contextFor, createUser, createWorkspaceWithOwner } from '../factories';
import { inviteSignUpAction } from '@/app/(auth)/invite/[token]/actions';
import { inviteMember } from '@/lib/team/invite-member';

vi.mock('next/headers', async () => (await import('../support/mock-request')).nextHeadersMock());
vi.mock('next/cache', async () => (await import('../support/mock-request')).nextCacheMock());

const PASSWORD = 'correct horse battery staple';

let visitor = 0;
async function submit(email: string, address = `198.51.100.${++visitor}`) {
  // Each submission from its own address unless a test says otherwise: sign-up allows 5 per address per hour.
  mockRequest.headers = sameOriginHeaders();
  mockRequest.headers.set(PEER_ADDRESS_HEADER, peerAddressHeaderValue(address));
  return signUpAction({ ok: false, error: '' }, form({ name: 'Ada Lovelace', email, password: PASSWORD, workspaceName: 'Analytical Engines', acceptTerms: 'on' }));
}

/** The queued complete-sign-up jobs for an address, oldest first. */
async function queuedSignUps(email: string) {
  const rows = await db.$queryRaw<{ data: unknown }[]>`select data from pgboss.job where name = 'complete-sign-up' and data->>'email' = ${email} order by created_on`;
  return rows.map((row) => pendingSignUpSchema.parse(row.data));
}

/** Runs the send-email jobs queued for an address (as the worker would) and returns the delivered emails. */
async function deliverEmails(to: string) {
  const jobs = await db.$queryRaw<{ data: { messageId: string; to: string; template: 'verify-email'; props: Record<string, unknown> } }[]>`
    select data from pgboss.job where name = 'send-email' and data->>'to' = ${to} order by created_on`;
  for (const { data } of jobs) await sendEmailJob.handler(data, { jobId: 'test', attempt: 1, log: logger });
  return db.emailMessage.findMany({ where: { to }, orderBy: { createdAt: 'asc' }, select: { id: true, template: true, subject: true, text: true } });
}

describe('sign-up', () => {
  it('answers a new and an existing address identically', async () => {
    const existing = await createUser();
    const fresh = await submit(`new-${Date.now()}@example.test`);
    const taken = await submit(existing.email);
    expect(fresh.ok).toBe(true);
    expect(taken).toEqual({ ...fresh, message: (fresh as { message: string }).message.replace(/Check \S+ for/, `Check ${existing.email} for`) });
  });

  it('a new address: the job creates the account as owner and sends one verification link', async () => {
    const email = `fresh-${Date.now()}@example.test`;
    await submit(email);
    expect(await db.user.count({ where: { email } })).toBe(0); // nothing is decided in the request
    const [pending] = await queuedSignUps(email);
    // The job row never holds a usable credential in the clear.
    expect(pending!.passwordHashSealed).not.toContain('$argon2id$');
    expect(keyIdOf(pending!.passwordHashSealed)).toBeTruthy();

    expect(await completeSignUp(pending!)).toBe('created');
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, passwordHash: true, emailVerifiedAt: true, memberships: { select: { role: true, workspace: { select: { name: true } } } } } });
    expect(user.id).toBe(pending!.userId);
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.memberships).toEqual([{ role: 'owner', workspace: { name: 'Analytical Engines' } }]);
    expect(await db.auditLog.count({ where: { actorUserId: user.id, action: 'user.signed_up' } })).toBe(1);

    // A re-run (crash before the ack) creates nothing more and sends nothing more.
    expect(await completeSignUp(pending!)).toBe('created');
    const emails = await deliverEmails(email);
    expect(emails.map((e) => e.template)).toEqual(['verify-email']);
    expect(emails[0]!.id).toBe(pending!.signUpId);
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(1);
  });

  it('an existing address: nothing changes, and the owner is told they already have an account', async () => {
    const existing = await createUser({ name: 'Grace Hopper' });
    const before = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
    const workspacesBefore = await db.workspace.count();
    await submit(existing.email);
    const [pending] = await queuedSignUps(existing.email);
    expect(await completeSignUp(pending!)).toBe('already_registered');
    expect(await completeSignUp(pending!)).toBe('already_registered');

    expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toEqual(before);
    expect(await db.workspace.count()).toBe(workspacesBefore);
    const emails = await deliverEmails(existing.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ template: 'account-exists', subject: 'You already have a Relaydesk account' });
    expect(emails[0]!.text).toContain('Hi Grace Hopper,');
    expect(emails[0]!.text).toContain('http://localhost:3000/login');
    expect(emails[0]!.text).toContain('http://localhost:3000/forgot-password');
  });

  it('refuses the sixth sign-up from one address within the hour, and SIGN_UP_LIMIT_PER_IP_PER_HOUR raises the limit', async () => {
    const address = '203.0.113.77';
    const emails = Array.from({ length: 6 }, (_, n) => `limited-${n + 1}-${Date.now()}@example.test`);
    const results = [];
    for (const email of emails) results.push(await submit(email, address));
    expect(results.slice(0, 5).map((r) => r.ok)).toEqual([true, true, true, true, true]);
    expect(results[5]).toMatchObject({ ok: false, error: expect.stringMatching(/Too many attempts\. Try again in \d+ minutes?\./) });
    expect(await queuedSignUps(emails[5]!)).toHaveLength(0);
    // An invite's "create an account" draws on the same budget: no minting accounts past it.
    const { workspace, owner } = await createWorkspaceWithOwner();
    const invite = await inviteMember({ ctx: await contextFor(owner.id, workspace.id), email: `invited-${Date.now()}@example.test`, role: 'agent' });
    mockRequest.headers = sameOriginHeaders();
    mockRequest.headers.set(PEER_ADDRESS_HEADER, peerAddressHeaderValue(address));
    const viaInvite = await inviteSignUpAction({ ok: false, error: '' }, form({ token: invite.url.split('/invite/')[1]!, name: 'Ivy Invited', password: PASSWORD, terms: 'on' }));
    expect(viaInvite).toMatchObject({ ok: false, error: expect.stringMatching(/Too many attempts/) });
    expect(await db.user.count({ where: { email: invite.email } })).toBe(0);
    // Seven hits so far (refused ones count too); a limit of 8 lets exactly one more through.
    vi.stubEnv('SIGN_UP_LIMIT_PER_IP_PER_HOUR', '8');
    resetEnvCache();
    try {
      expect(await submit(`limited-7-${Date.now()}@example.test`, address)).toMatchObject({ ok: true });
      expect(await submit(`limited-8-${Date.now()}@example.test`, address)).toMatchObject({ ok: false });
    } finally {
      vi.unstubAllEnvs();
      resetEnvCache();
    }
  });

  it('two sign-ups racing for one new address end as one account and one "already have an account" email', async () => {
    const email = `race-${Date.now()}@example.test`;
    await submit(email);
    await submit(email);
    const [first, second] = await queuedSignUps(email);
    const outcomes = await Promise.allSettled([completeSignUp(first!), completeSignUp(second!)]);
    // The loser of the insert race throws, so pg-boss retries it; the retry sends the notice.
    for (const [index, outcome] of outcomes.entries()) if (outcome.status === 'rejected') await expect(completeSignUp([first!, second!][index]!)).resolves.toBe('already_registered');
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect((await deliverEmails(email)).map((e) => e.template).sort()).toEqual(['account-exists', 'verify-email']);
  });
});

describe('forgot password', () => {
  async function requestReset(email: string) {
    mockRequest.headers = sameOriginHeaders();
    mockRequest.headers.set(PEER_ADDRESS_HEADER, peerAddressHeaderValue(`198.51.100.${++visitor}`));
    return forgotPasswordAction({ ok: false, error: '' }, form({ email }));
  }
  const queuedResets = async (email: string) =>
    (await db.$queryRaw<{ data: { requestId: string; email: string } }[]>`select data from pgboss.job where name = 'send-password-reset' and data->>'email' = ${email}`).map((row) => row.data);

  it('answers and works the same for every address; only an account gets a link, once', async () => {
    const existing = await createUser();
    const unknown = `nobody-${Date.now()}@example.test`;
    const [forExisting, forUnknown] = [await requestReset(existing.email), await requestReset(unknown)];
    expect(forExisting).toEqual(forUnknown);
    expect(forExisting).toMatchObject({ ok: true, message: expect.stringContaining('If an account uses that address') });
    // Both requests queued the same job; the job decides.
    const [job] = await queuedResets(existing.email);
    expect(await queuedResets(unknown)).toHaveLength(1);
    expect(await sendPasswordReset((await queuedResets(unknown))[0]!)).toBe('no_account');
    expect(await sendPasswordReset(job!)).toBe('sent');
    const emails = await deliverEmails(existing.email);
    expect(emails.map((e) => e.template)).toEqual(['reset-password']);
    // A re-run after delivery sends nothing and keeps the sent link valid.
    expect(await sendPasswordReset(job!)).toBe('already_sent');
    expect(await db.userToken.count({ where: { userId: existing.id, purpose: 'password_reset', usedAt: null } })).toBe(1);
  });
});
