import { db } from '../db';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import { createSession } from './create-session';
import { hashPassword, passwordNeedsRehash, verifyPassword } from './hash-password';
import { recordSignInFailure, recordSignInSuccess, reserveSignInAttempt } from './sign-in-throttle';
import { sendVerificationEmail } from './send-verification-email';

const INVALID = 'That email and password do not match an account.';
// Verified against when the email is unknown, so both paths cost one argon2 verification and
// response time does not reveal whether an account exists.
let dummyHash: Promise<string> | undefined;
const NO_USER = '00000000-0000-0000-0000-000000000000';

export async function logIn(input: { email: string; password: string; meta: RequestMeta }): Promise<{ userId: string }> {
  const attempt = { email: input.email, ipAddress: input.meta.ipAddress };
  await reserveSignInAttempt(attempt);
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, email: true, passwordHash: true, emailVerifiedAt: true } });
  // A separate query on both paths: a relation loaded with the user costs a second round trip only
  // when the account exists, which response times would show.
  const firstMembership = await db.membership.findFirst({ where: { userId: user?.id ?? NO_USER }, orderBy: { createdAt: 'asc' }, select: { workspaceId: true } });
  dummyHash ??= hashPassword('relaydesk-timing-equaliser');
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  const audit = { meta: input.meta };
  if (!user || !ok) {
    await recordSignInFailure({ ...attempt, user });
    await recordAudit({ action: 'user.sign_in_failed', actorUserId: user?.id ?? null, workspaceId: firstMembership?.workspaceId ?? null, metadata: { reason: user ? 'wrong_password' : 'unknown_email' }, ...audit });
    throw new AppError('unauthorized', INVALID);
  }
  await recordSignInSuccess(attempt);
  if (!user.emailVerifiedAt) {
    await sendVerificationEmail({ userId: user.id, name: user.name, email: user.email });
    throw new AppError('forbidden', 'Please verify your email address first. We have sent you a new link.');
  }
  if (passwordNeedsRehash(user.passwordHash)) {
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.password) } });
  }
  const lastWorkspace = await db.session.findFirst({ where: { userId: user.id, currentWorkspaceId: { not: null } }, orderBy: { lastSeenAt: 'desc' }, select: { currentWorkspaceId: true } });
  const workspaceId = lastWorkspace?.currentWorkspaceId ?? firstMembership?.workspaceId ?? null;
  await createSession({ userId: user.id, workspaceId, meta: input.meta });
  await recordAudit({ action: 'user.signed_in', actorUserId: user.id, workspaceId, ...audit });
  return { userId: user.id };
}
