// The second half of sign-up (the complete-sign-up job; the form is lib/auth/sign-up.ts). Runs
// outside the request, so whichever branch it takes costs the visitor nothing measurable.
import { recordAudit } from '../audit/record-audit';
import { startWorkspaceTrial } from '../billing/start-workspace-trial';
import { decryptToken } from '../crypto/token-cipher';
import { db } from '../db';
import { sendEmail } from '../email/send-email';
import { env } from '../env';
import { workspaceTimeZone } from '../workspaces/time-zone.schema';
import { uniqueWorkspaceSlug } from '../workspaces/unique-workspace-slug';
import type { PendingSignUp } from './pending-sign-up.schema';
import { sendVerificationEmail } from './send-verification-email';

/** Idempotent: a re-run finds its own account (by `userId`) and its own email (by `signUpId`). */
export async function completeSignUp(input: PendingSignUp): Promise<'created' | 'already_registered'> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true, name: true } });
  if (existing && existing.id !== input.userId) {
    // Nothing changes for the existing account; its owner learns someone tried and where to go.
    await sendEmail({
      to: input.email,
      template: 'account-exists',
      props: { name: existing.name, loginUrl: `${env().APP_URL}/login`, resetUrl: `${env().APP_URL}/forgot-password` },
      messageId: input.signUpId,
    });
    return 'already_registered';
  }
  if (!existing) await createAccount(input);
  // A re-run after the email went out must not issue a new token (it would void the sent link).
  const sent = await db.emailMessage.findUnique({ where: { id: input.signUpId }, select: { id: true } });
  if (!sent) await sendVerificationEmail({ userId: input.userId, name: input.name, email: input.email, messageId: input.signUpId });
  return 'created';
}

async function createAccount(input: PendingSignUp): Promise<void> {
  const passwordHash = decryptToken(input.passwordHashSealed);
  const slug = await uniqueWorkspaceSlug(input.workspaceName);
  try {
    await db.$transaction(async (tx) => {
      await tx.user.create({ data: { id: input.userId, email: input.email, name: input.name, passwordHash }, select: { id: true } });
      const workspace = await tx.workspace.create({ data: { name: input.workspaceName, slug, timeZone: workspaceTimeZone(input.timeZone) }, select: { id: true } });
      await tx.membership.create({ data: { workspaceId: workspace.id, userId: input.userId, role: 'owner' } });
      await startWorkspaceTrial({ workspaceId: workspace.id, chosen: input.plan, welcome: true }, tx);
      await recordAudit({ action: 'workspace.created', workspaceId: workspace.id, actorUserId: input.userId, meta: input.meta }, tx);
      await recordAudit({ action: 'user.signed_up', workspaceId: workspace.id, actorUserId: input.userId, meta: input.meta }, tx);
    });
  } catch (error) {
    // Two sign-ups for one new address raced; the loser's retry sends "you already have an account".
    if ((error as { code?: unknown } | null)?.code === 'P2002') throw new Error('The email address was registered meanwhile; retrying.', { cause: error });
    throw error;
  }
}
