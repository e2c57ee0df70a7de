import { db } from '../db';
import { AppError } from '../errors';
import { hitRateLimit, rateLimitedError, rateLimits, resetRateLimit } from '../security/rate-limit';
import { verifyPassword } from './hash-password';

/**
 * The "current password" re-check before changing the password or the email. A stolen session
 * must not become a password oracle, so tries are counted per user (reserved before the check,
 * forgotten once the right password is given).
 */
export async function verifyCurrentPassword(input: { userId: string; password: string }): Promise<void> {
  const reserved = await hitRateLimit(rateLimits.currentPasswordPerUser, input.userId);
  if (!reserved.allowed) throw rateLimitedError(reserved.retryAfterSeconds, 'Too many wrong current passwords.');
  const user = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    throw new AppError('bad_request', 'Your current password is not correct.', { fieldErrors: { currentPassword: ['Your current password is not correct.'] } });
  }
  await resetRateLimit(rateLimits.currentPasswordPerUser, input.userId);
}
