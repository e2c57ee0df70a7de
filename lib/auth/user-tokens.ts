import { createHash, randomBytes } from 'node:crypto';
import type { UserTokenPurpose } from '../generated/prisma/enums';
import { db } from '../db';

export const tokenLifetimeHours: Record<UserTokenPurpose, number> = {
  email_verification: 48,
  password_reset: 1,
  email_change: 24,
};

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Issues a new single-use token; older unused ones of the same purpose stop working. */
export async function issueUserToken(options: { userId: string; purpose: UserTokenPurpose; newEmail?: string }): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + tokenLifetimeHours[options.purpose] * 3600_000);
  await db.$transaction([
    // Replaced, not used: the person who opens the older link is told to use the newest one.
    db.userToken.updateMany({ where: { userId: options.userId, purpose: options.purpose, usedAt: null, supersededAt: null }, data: { supersededAt: new Date() } }),
    db.userToken.create({ data: { userId: options.userId, purpose: options.purpose, tokenHash: hashToken(token), newEmail: options.newEmail, expiresAt } }),
  ]);
  return token;
}

export type TokenProblem = 'invalid' | 'expired' | 'used' | 'superseded';

/**
 * Marks the token used and returns it, or says why it cannot be used. The conditional update
 * makes "single use" hold even when the link is opened twice at once.
 */
export async function consumeUserToken(token: string, purpose: UserTokenPurpose): Promise<{ ok: true; userId: string; newEmail: string | null } | { ok: false; problem: TokenProblem }> {
  const found = await db.userToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true, purpose: true, usedAt: true, supersededAt: true, expiresAt: true, newEmail: true } });
  if (!found || found.purpose !== purpose) return { ok: false, problem: 'invalid' };
  if (found.usedAt) return { ok: false, problem: 'used' };
  if (found.supersededAt) return { ok: false, problem: 'superseded' };
  if (found.expiresAt <= new Date()) return { ok: false, problem: 'expired' };
  const { count } = await db.userToken.updateMany({ where: { id: found.id, usedAt: null, supersededAt: null }, data: { usedAt: new Date() } });
  if (count === 0) {
    // Lost a race: used at the same moment, or replaced by a newer link in between.
    const now = await db.userToken.findUnique({ where: { id: found.id }, select: { usedAt: true } });
    return { ok: false, problem: now?.usedAt ? 'used' : 'superseded' };
  }
  return { ok: true, userId: found.userId, newEmail: found.newEmail };
}
