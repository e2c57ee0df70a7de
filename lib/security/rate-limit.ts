import { db } from '../db';
import { AppError } from '../errors';

export type RateLimitRule = { name: string; limit: number; windowSeconds: number };

/** Named limits; keys are `<rule>:<ip|account>` so each dimension is counted separately. */
export const rateLimits = {
  logInPerIp: { name: 'login:ip', limit: 20, windowSeconds: 15 * 60 },
  logInPerAccount: { name: 'login:account', limit: 8, windowSeconds: 15 * 60 },
  signUpPerIp: { name: 'signup:ip', limit: 5, windowSeconds: 60 * 60 },
  resetPerIp: { name: 'reset:ip', limit: 10, windowSeconds: 60 * 60 },
  resetPerAccount: { name: 'reset:account', limit: 3, windowSeconds: 60 * 60 },
  verifyPerIp: { name: 'verify:ip', limit: 30, windowSeconds: 60 * 60 },
  verifyPerAccount: { name: 'verify:account', limit: 5, windowSeconds: 60 * 60 },
  consentPerIp: { name: 'consent:ip', limit: 60, windowSeconds: 60 * 60 },
  dataDeletionPerIp: { name: 'data-deletion:ip', limit: 5, windowSeconds: 60 * 60 },
  /** Keyed by a hash of the identifier: caps confirmation emails to one address, whoever asks. */
  dataDeletionPerIdentifier: { name: 'data-deletion:identifier', limit: 3, windowSeconds: 24 * 60 * 60 },
  dataDeletionConfirmPerIp: { name: 'data-deletion-confirm:ip', limit: 30, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;

/**
 * Counts one hit against `rule` for `subject` in a fixed window, atomically in Postgres so
 * the limit holds across every web process. Returns the seconds to wait when over the limit.
 */
export async function hitRateLimit(rule: RateLimitRule, subject: string, now = new Date()): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const key = `${rule.name}:${subject}`;
  const windowEnd = new Date(now.getTime() + rule.windowSeconds * 1000);
  const rows = await db.$queryRaw<{ count: number; expiresAt: Date }[]>`
    insert into "RateLimitBucket" (key, count, "windowStart", "expiresAt")
    values (${key}, 1, ${now}, ${windowEnd})
    on conflict (key) do update set
      count = case when "RateLimitBucket"."expiresAt" <= ${now} then 1 else "RateLimitBucket".count + 1 end,
      "windowStart" = case when "RateLimitBucket"."expiresAt" <= ${now} then ${now} else "RateLimitBucket"."windowStart" end,
      "expiresAt" = case when "RateLimitBucket"."expiresAt" <= ${now} then ${windowEnd} else "RateLimitBucket"."expiresAt" end
    returning count, "expiresAt"`;
  const row = rows[0]!;
  const allowed = row.count <= rule.limit;
  return { allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((row.expiresAt.getTime() - now.getTime()) / 1000)) };
}

/** Throws `rate_limited` with a human "try again in N minutes" when any of the hits is over. */
export async function enforceRateLimits(hits: { rule: RateLimitRule; subject: string }[]): Promise<void> {
  let wait = 0;
  for (const { rule, subject } of hits) {
    const result = await hitRateLimit(rule, subject);
    if (!result.allowed) wait = Math.max(wait, result.retryAfterSeconds);
  }
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    throw new AppError('rate_limited', `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, { retryAfterSeconds: wait });
  }
}
