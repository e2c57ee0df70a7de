import { startWorkspaceTrial } from '../billing/start-workspace-trial';
import type { BillingPeriod, PaidPlanId } from '../billing/plans';
import { db } from '../db';
import { recordAudit } from '../audit/record-audit';
import { sendEmail } from '../email/send-email';
import { env } from '../env';
import type { RequestMeta } from '../http/request-meta';
import { enforceRateLimits, rateLimits } from '../security/rate-limit';
import { uniqueWorkspaceSlug } from '../workspaces/unique-workspace-slug';
import { hashPassword } from './hash-password';
import { issueUserToken, tokenLifetimeHours } from './user-tokens';

/**
 * Creates the account, its first workspace (as owner) and sends the verification link. An
 * email that already has an account gets the same answer and no change, so sign-up cannot be
 * used to find out who has an account.
 */
export async function signUp(input: {
  name: string; email: string; password: string; workspaceName: string; meta: RequestMeta;
  /** The plan picked on /pricing: the trial starts now and checkout offers this plan later. */
  plan?: { plan: PaidPlanId; period: BillingPeriod };
}): Promise<void> {
  await enforceRateLimits([{ rule: rateLimits.signUpPerIp, subject: input.meta.ipAddress ?? 'unknown' }]);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) return;

  const passwordHash = await hashPassword(input.password);
  const slug = await uniqueWorkspaceSlug(input.workspaceName);
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash }, select: { id: true } });
    const workspace = await tx.workspace.create({ data: { name: input.workspaceName, slug }, select: { id: true } });
    await tx.membership.create({ data: { workspaceId: workspace.id, userId: created.id, role: 'owner' } });
    await startWorkspaceTrial({ workspaceId: workspace.id, chosen: input.plan, welcome: true }, tx);
    await recordAudit({ action: 'workspace.created', workspaceId: workspace.id, actorUserId: created.id, meta: input.meta }, tx);
    await recordAudit({ action: 'user.signed_up', workspaceId: workspace.id, actorUserId: created.id, meta: input.meta }, tx);
    return created;
  });
  await sendVerificationEmail({ userId: user.id, name: input.name, email: input.email });
}

export async function sendVerificationEmail(user: { userId: string; name: string; email: string }): Promise<void> {
  const token = await issueUserToken({ userId: user.userId, purpose: 'email_verification' });
  await sendEmail({
    to: user.email,
    template: 'verify-email',
    props: { name: user.name, url: `${env().APP_URL}/verify-email?token=${token}`, expiresInHours: tokenLifetimeHours.email_verification },
  });
}
