import { db } from '../db';
import { AppError } from '../errors';
import { rateLimitSubjectForIp } from '../http/resolve-client-ip';

/** `per: 'ip'` rules count the address's rate-limit subject (IPv6 by /64), whatever the caller passes. */
export type RateLimitRule = { name: string; limit: number; windowSeconds: number; per?: 'ip' };

const FIFTEEN_MINUTES = 15 * 60;
const HOUR = 60 * 60;

/** Named limits; keys are `<rule>:<subject>` so each dimension is counted separately. */
export const rateLimits = {
  // Sign-in (lib/auth/sign-in-throttle.ts): attempts are reserved before the password check and
  // given back on success, so these count failures. Never a lock on the account as a whole.
  logInPerIp: { name: 'login:ip', limit: 30, windowSeconds: FIFTEEN_MINUTES, per: 'ip' },
  logInPerAccountAndIp: { name: 'login:account-ip', limit: 5, windowSeconds: FIFTEEN_MINUTES },
  /** Account-wide failures from every address; at the limit the account counts as under attack. */
  logInAccountFailures: { name: 'login:account', limit: 10, windowSeconds: FIFTEEN_MINUTES },
  /** Failures per account per day: the `limit`-th sends the "failed sign-ins" email; the next rule keeps it to once a day. */
  logInAccountFailuresDaily: { name: 'login:account-day', limit: 5, windowSeconds: 24 * HOUR },
  logInAlertEmail: { name: 'login:alert-email', limit: 1, windowSeconds: 24 * HOUR },
  /** Current-password re-checks (change password, change email) per signed-in user. */
  currentPasswordPerUser: { name: 'current-password:user', limit: 5, windowSeconds: FIFTEEN_MINUTES },
  /** The limit here is the default; lib/auth/sign-up.ts reads SIGN_UP_LIMIT_PER_IP_PER_HOUR. */
  signUpPerIp: { name: 'signup:ip', limit: 5, windowSeconds: HOUR, per: 'ip' },
  resetPerIp: { name: 'reset:ip', limit: 10, windowSeconds: HOUR, per: 'ip' },
  resetPerAccount: { name: 'reset:account', limit: 3, windowSeconds: HOUR },
  verifyPerIp: { name: 'verify:ip', limit: 30, windowSeconds: HOUR, per: 'ip' },
  verifyPerAccount: { name: 'verify:account', limit: 5, windowSeconds: HOUR },
  consentPerIp: { name: 'consent:ip', limit: 60, windowSeconds: HOUR },
  dataDeletionPerIp: { name: 'data-deletion:ip', limit: 5, windowSeconds: HOUR, per: 'ip' },
  /** Keyed by a hash of the identifier: caps confirmation emails to one address, whoever asks. */
  dataDeletionPerIdentifier: { name: 'data-deletion:identifier', limit: 3, windowSeconds: 24 * HOUR },
  dataDeletionConfirmPerIp: { name: 'data-deletion-confirm:ip', limit: 30, windowSeconds: HOUR, per: 'ip' },
} satisfies Record<string, RateLimitRule>;

const keyOf = (rule: RateLimitRule, subject: string) => `${rule.name}:${rule.per === 'ip' ? rateLimitSubjectForIp(subject) : subject}`;

/**
 * Counts one hit against `rule` for `subject` in a fixed window, atomically in Postgres so
 * the limit holds across every web process. Returns the count in the window and the seconds to
 * wait when over the limit.
 */
export async function hitRateLimit(rule: RateLimitRule, subject: string, now = new Date()): Promise<{ allowed: boolean; retryAfterSeconds: number; count: number; windowStart: Date }> {
  const key = keyOf(rule, subject);
  const windowEnd = new Date(now.getTime() + rule.windowSeconds * 1000);
  const rows = await db.$queryRaw<{ count: number; windowStart: Date; expiresAt: Date }[]>`
    insert into "RateLimitBucket" (key, count, "windowStart", "expiresAt")
    values (${key}, 1, ${now}, ${windowEnd})
    on conflict (key) do update set
      count = case when "RateLimitBucket"."expiresAt" <= ${now} then 1 else "RateLimitBucket".count + 1 end,
      "windowStart" = case when "RateLimitBucket"."expiresAt" <= ${now} then ${now} else "RateLimitBucket"."windowStart" end,
      "expiresAt" = case when "RateLimitBucket"."expiresAt" <= ${now} then ${windowEnd} else "RateLimitBucket"."expiresAt" end
    returning count, "windowStart", "expiresAt"`;
  const row = rows[0]!;
  const allowed = row.count <= rule.limit;
  return { allowed, retryAfterSeconds: allowed ? 0 : secondsUntil(row.expiresAt, now), count: row.count, windowStart: row.windowStart };
}

/** The hits counted in the current window, without adding one. */
export async function peekRateLimit(rule: RateLimitRule, subject: string, now = new Date()): Promise<{ count: number; retryAfterSeconds: number }> {
  const row = await db.rateLimitBucket.findUnique({ where: { key: keyOf(rule, subject) }, select: { count: true, expiresAt: true } });
  if (!row || row.expiresAt <= now) return { count: 0, retryAfterSeconds: 0 };
  return { count: row.count, retryAfterSeconds: secondsUntil(row.expiresAt, now) };
}

/** Gives one reserved hit back (a sign-in that succeeded was not a guess). */
export async function refundRateLimit(rule: RateLimitRule, subject: string): Promise<void> {
  await db.rateLimitBucket.updateMany({ where: { key: keyOf(rule, subject), count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/** Forgets the window entirely (the owner proved who they are from this address). */
export async function resetRateLimit(rule: RateLimitRule, subject: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key: keyOf(rule, subject) } });
}

/** Deletes buckets whose window ended; the rate-limit-bucket-retention job calls it. */
export async function sweepRateLimitBuckets(now = new Date()): Promise<number> {
  const { count } = await db.rateLimitBucket.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}

/** "5 minutes", "1 minute": how long to wait, rounded up to whole minutes. */
export function waitText(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** `rate_limited` with "<message> Try again in N minutes." unless the message says it itself. */
export function rateLimitedError(retryAfterSeconds: number, message = 'Too many attempts.'): AppError {
  const text = message.includes('{wait}') ? message.replace('{wait}', waitText(retryAfterSeconds)) : `${message} Try again in ${waitText(retryAfterSeconds)}.`;
  return new AppError('rate_limited', text, { retryAfterSeconds });
}

/** Throws `rate_limited` with a human "try again in N minutes" when any of the hits is over. */
export async function enforceRateLimits(hits: { rule: RateLimitRule; subject: string }[]): Promise<void> {
  let wait = 0;
  for (const { rule, subject } of hits) {
    const result = await hitRateLimit(rule, subject);
    if (!result.allowed) wait = Math.max(wait, result.retryAfterSeconds);
  }
  if (wait > 0) throw rateLimitedError(wait);
}

function secondsUntil(when: Date, now: Date): number {
  return Math.max(1, Math.ceil((when.getTime() - now.getTime()) / 1000));
}
