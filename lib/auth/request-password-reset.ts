import { generateUuidV7 } from '../crypto/generate-uuid-v7';
import type { RequestMeta } from '../http/request-meta';
import { enqueue } from '../jobs/enqueue';
import { enforceRateLimits, rateLimits } from '../security/rate-limit';

/**
 * "Forgot password": answers the same way for every address and does the same work for every
 * address (the rate limits and one queued job), so neither the answer nor its timing tells who has
 * an account. The send-password-reset job (lib/auth/send-password-reset.ts) looks the account up.
 */
export async function requestPasswordReset(input: { email: string; meta: RequestMeta }): Promise<void> {
  await enforceRateLimits([
    { rule: rateLimits.resetPerIp, subject: input.meta.ipAddress ?? 'unknown' },
    { rule: rateLimits.resetPerAccount, subject: input.email },
  ]);
  await enqueue('send-password-reset', { requestId: generateUuidV7(), email: input.email });
}
