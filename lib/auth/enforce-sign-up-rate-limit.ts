import { env } from '../env';
import { enforceRateLimits, rateLimits } from '../security/rate-limit';

/**
 * Every way to create an account (the sign-up form, an invite's "create an account") counts
 * against one per-address budget, so an invite link cannot be used to mint accounts past it.
 * SIGN_UP_LIMIT_PER_IP_PER_HOUR replaces the default limit (an office behind one NAT, a test server).
 */
export async function enforceSignUpRateLimit(ipAddress: string | null | undefined): Promise<void> {
  const rule = { ...rateLimits.signUpPerIp, limit: env().SIGN_UP_LIMIT_PER_IP_PER_HOUR };
  await enforceRateLimits([{ rule, subject: ipAddress ?? 'unknown' }]);
}
