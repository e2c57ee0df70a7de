import type { BillingPeriod, PaidPlanId } from '../billing/plans';
import { generateUuidV7 } from '../crypto/generate-uuid-v7';
import { encryptToken } from '../crypto/token-cipher';
import type { RequestMeta } from '../http/request-meta';
import { enqueue } from '../jobs/enqueue';
import { workspaceTimeZone } from '../workspaces/time-zone.schema';
import { enforceSignUpRateLimit } from './enforce-sign-up-rate-limit';
import { hashPassword } from './hash-password';

/**
 * The sign-up form. Whether the email already has an account is decided later, by the
 * complete-sign-up job (lib/auth/complete-sign-up.ts): here every submission does exactly the
 * same work — the rate limit, an argon2id hash, one queued job — and gets the same answer, so
 * neither the response nor its timing tells anyone who has an account. The job then creates the
 * account and sends the verification link, or emails the owner "you already have an account".
 */
export async function signUp(input: {
  name: string; email: string; password: string; workspaceName: string; timeZone?: string; meta: RequestMeta;
  /** The plan picked on /pricing: the trial starts with the workspace and checkout offers this plan later. */
  plan?: { plan: PaidPlanId; period: BillingPeriod };
}): Promise<void> {
  await enforceSignUpRateLimit(input.meta.ipAddress);
  const passwordHash = await hashPassword(input.password);
  await enqueue('complete-sign-up', {
    signUpId: generateUuidV7(),
    userId: generateUuidV7(),
    name: input.name,
    email: input.email,
    workspaceName: input.workspaceName,
    timeZone: workspaceTimeZone(input.timeZone),
    passwordHashSealed: encryptToken(passwordHash),
    meta: { ipAddress: input.meta.ipAddress?.slice(0, 64) ?? null, userAgent: input.meta.userAgent?.slice(0, 512) ?? null, requestId: input.meta.requestId?.slice(0, 100) ?? null },
    ...(input.plan ? { plan: { plan: input.plan.plan, period: input.plan.period } } : {}),
  });
}
