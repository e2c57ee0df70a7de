import { db } from '../db';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import { enforceRateLimits, rateLimits } from '../security/rate-limit';
import { createSession } from './create-session';
import { consumeUserToken } from './user-tokens';

export const tokenProblemMessages = {
  invalid: 'This link is not valid. It may have been mistyped or replaced by a newer one.',
  expired: 'This link has expired.',
  used: 'This link has already been used.',
  superseded: 'This link was replaced by a newer one. Use the link in the most recent email we sent you.',
} as const;

/** Confirms the address, then signs the user in (they just proved they own the inbox). */
export async function verifyEmail(input: { token: string; meta: RequestMeta }): Promise<{ userId: string }> {
  await enforceRateLimits([{ rule: rateLimits.verifyPerIp, subject: input.meta.ipAddress ?? 'unknown' }]);
  const result = await consumeUserToken(input.token, 'email_verification');
  if (!result.ok) throw new AppError('bad_request', tokenProblemMessages[result.problem], { problem: result.problem });
  const user = await db.user.update({
    where: { id: result.userId },
    data: { emailVerifiedAt: new Date() },
    select: { id: true, memberships: { select: { workspaceId: true }, orderBy: { createdAt: 'asc' }, take: 1 } },
  });
  const workspaceId = user.memberships[0]?.workspaceId ?? null;
  await recordAudit({ action: 'user.email_verified', actorUserId: user.id, workspaceId, meta: input.meta });
  await createSession({ userId: user.id, workspaceId, meta: input.meta });
  return { userId: user.id };
}
