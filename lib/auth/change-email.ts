import { db } from '../db';
import { recordAudit } from '../audit/record-audit';
import { sendEmail } from '../email/send-email';
import { env } from '../env';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import { consumeUserToken, issueUserToken, tokenLifetimeHours } from './user-tokens';
import { verifyCurrentPassword } from './verify-current-password';
import { tokenProblemMessages } from './verify-email';

/** Step 1: password re-check, then a confirmation link to the NEW address. Nothing changes yet. */
export async function requestEmailChange(input: { userId: string; newEmail: string; currentPassword: string; meta: RequestMeta }): Promise<void> {
  await verifyCurrentPassword({ userId: input.userId, password: input.currentPassword });
  const user = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { name: true, email: true } });
  if (input.newEmail === user.email) throw new AppError('bad_request', 'That is already your email address.', { fieldErrors: { newEmail: ['That is already your email address.'] } });
  // A taken address gets the same answer (and no email), so this cannot probe for accounts.
  if (await db.user.findUnique({ where: { email: input.newEmail }, select: { id: true } })) return;
  const token = await issueUserToken({ userId: input.userId, purpose: 'email_change', newEmail: input.newEmail });
  await sendEmail({
    to: input.newEmail,
    template: 'confirm-email-change',
    props: { name: user.name, newEmail: input.newEmail, url: `${env().APP_URL}/confirm-email?token=${token}`, expiresInHours: tokenLifetimeHours.email_change },
  });
  await recordAudit({ action: 'user.email_change_requested', actorUserId: input.userId, meta: input.meta });
}

/** Step 2: the link from the new inbox switches the address and tells the old one. */
export async function confirmEmailChange(input: { token: string; meta: RequestMeta }): Promise<void> {
  const result = await consumeUserToken(input.token, 'email_change');
  if (!result.ok || !result.newEmail) throw new AppError('bad_request', tokenProblemMessages[result.ok ? 'invalid' : result.problem]);
  const before = await db.user.findUniqueOrThrow({ where: { id: result.userId }, select: { email: true, name: true } });
  try {
    await db.user.update({ where: { id: result.userId }, data: { email: result.newEmail, emailVerifiedAt: new Date() } });
  } catch {
    throw new AppError('conflict', 'That email address is now used by another account.');
  }
  await recordAudit({ action: 'user.email_changed', actorUserId: result.userId, meta: input.meta });
  await sendEmail({ to: before.email, template: 'email-changed-notice', props: { name: before.name, newEmail: result.newEmail } });
}
