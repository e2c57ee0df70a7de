import { db } from '../db';
import { sendEmail } from '../email/send-email';
import { env } from '../env';
import type { RequestMeta } from '../http/request-meta';
import { enforceRateLimits, rateLimits } from '../security/rate-limit';
import { issueUserToken, tokenLifetimeHours } from './user-tokens';

/** Always answers the same way; only an existing account gets an email. */
export async function requestPasswordReset(input: { email: string; meta: RequestMeta }): Promise<void> {
  await enforceRateLimits([
    { rule: rateLimits.resetPerIp, subject: input.meta.ipAddress ?? 'unknown' },
    { rule: rateLimits.resetPerAccount, subject: input.email },
  ]);
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, name: true } });
  if (!user) return;
  const token = await issueUserToken({ userId: user.id, purpose: 'password_reset' });
  await sendEmail({
    to: input.email,
    template: 'reset-password',
    props: { name: user.name, url: `${env().APP_URL}/reset-password?token=${token}`, expiresInHours: tokenLifetimeHours.password_reset },
  });
}
