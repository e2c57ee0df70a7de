// Password guessing is throttled per (account, address) and per address, never per account as
// a whole: a stranger who types wrong passwords for someone's email must not lock the owner out.
//
//   - One address gets 5 wrong passwords per account per 15 minutes, 30 across all accounts.
//   - An account that saw 10+ wrong passwords in 15 minutes (from any addresses) is under attack:
//     an address that already failed on it gets only one more try until its window ends. An
//     address that has not failed — the owner on their own network — is not slowed at all.
//   - Attempts are reserved before the password is checked (so parallel guesses cannot all slip
//     under a limit) and given back when the password was right.
//   - After 5 wrong passwords in a day the owner gets one "failed sign-ins" email (at most daily).
//
// Unknown emails are counted exactly like real ones, so the limits reveal nothing about who has
// an account. Rate-limit subjects for addresses are per IPv4 address or IPv6 /64.
import { sendEmail } from '../email/send-email';
import { env } from '../env';
import { logger } from '../logger';
import { hitRateLimit, peekRateLimit, rateLimitedError, rateLimits, refundRateLimit, resetRateLimit } from '../security/rate-limit';
import { rateLimitSubjectForIp } from '../http/resolve-client-ip';

/** With the account under attack, an address that already failed on it may try this often per window. */
const UNDER_ATTACK_TRIES_PER_ADDRESS = 2;

type Attempt = { email: string; ipAddress: string | null };

const pairOf = ({ email, ipAddress }: Attempt) => `${email}|${rateLimitSubjectForIp(ipAddress)}`;
const addressOf = ({ ipAddress }: Attempt) => ipAddress ?? 'unknown';

/** Reserves one attempt, or throws `rate_limited` saying how long to wait. */
export async function reserveSignInAttempt(attempt: Attempt): Promise<void> {
  const perAddress = await hitRateLimit(rateLimits.logInPerIp, addressOf(attempt));
  const perPair = await hitRateLimit(rateLimits.logInPerAccountAndIp, pairOf(attempt));
  const accountFailures = await peekRateLimit(rateLimits.logInAccountFailures, attempt.email);
  const underAttack = accountFailures.count >= rateLimits.logInAccountFailures.limit;
  const pairLimit = underAttack ? UNDER_ATTACK_TRIES_PER_ADDRESS : rateLimits.logInPerAccountAndIp.limit;
  if (perPair.count > pairLimit) {
    const wait = (await peekRateLimit(rateLimits.logInPerAccountAndIp, pairOf(attempt))).retryAfterSeconds;
    throw rateLimitedError(wait, 'Too many failed sign-ins for this email from your network. Try again in {wait}, or reset your password.');
  }
  if (!perAddress.allowed) throw rateLimitedError(perAddress.retryAfterSeconds, 'Too many failed sign-ins from your network.');
}

/** The password was right: this was no guess, and this address proved itself for the account. */
export async function recordSignInSuccess(attempt: Attempt): Promise<void> {
  await refundRateLimit(rateLimits.logInPerIp, addressOf(attempt));
  await resetRateLimit(rateLimits.logInPerAccountAndIp, pairOf(attempt));
}

/**
 * A wrong password (or an unknown email): counts towards "under attack", and tells a verified
 * owner once a day once five have piled up.
 */
export async function recordSignInFailure(attempt: Attempt & { user: { name: string; emailVerifiedAt: Date | null } | null }): Promise<void> {
  await hitRateLimit(rateLimits.logInAccountFailures, attempt.email);
  const daily = await hitRateLimit(rateLimits.logInAccountFailuresDaily, attempt.email);
  if (daily.count < rateLimits.logInAccountFailuresDaily.limit) return;
  // Counted for unknown emails too: an extra query only for real accounts would show in the timing.
  const alert = await hitRateLimit(rateLimits.logInAlertEmail, attempt.email);
  if (!alert.allowed || !attempt.user?.emailVerifiedAt) return;
  try {
    await sendEmail({
      to: attempt.email,
      template: 'failed-sign-ins',
      props: {
        name: attempt.user.name,
        attempts: daily.count,
        since: daily.windowStart.toISOString(),
        lastIpAddress: attempt.ipAddress,
        resetUrl: `${env().APP_URL}/forgot-password`,
        sessionsUrl: `${env().APP_URL}/settings/account`,
      },
    });
  } catch (error) {
    // The alert is a courtesy; failing to queue it must not turn a wrong password into an error page.
    logger.error({ err: error }, 'could not queue the failed sign-ins email');
  }
}
