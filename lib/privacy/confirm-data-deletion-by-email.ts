// The link emailed for an email-identified request: opening it proves control of the address,
// so the request is confirmed and queued. Single use (the token hash is cleared), rate limited
// per IP, and useless once the request expired.
import { createHash } from 'node:crypto';
import { db } from '../db';
import { enqueue } from '../jobs/enqueue';
import { enforceRateLimits, rateLimits } from '../security/rate-limit';

export async function confirmDataDeletionByEmail(options: { token: string; ipAddress: string | null; now?: Date }): Promise<{ confirmationCode: string } | null> {
  await enforceRateLimits([{ rule: rateLimits.dataDeletionConfirmPerIp, subject: options.ipAddress ?? 'unknown' }]);
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(options.token)) return null;
  const now = options.now ?? new Date();
  const tokenHash = createHash('sha256').update(options.token).digest('hex');
  // Unscoped on purpose: a public link identified by an unguessable token.
  const request = await db.dataDeletionRequest.findUnique({ where: { proofTokenHash: tokenHash }, select: { id: true, confirmationCode: true, status: true, expiresAt: true } });
  if (!request || request.status !== 'awaiting_confirmation' || (request.expiresAt && request.expiresAt <= now)) return null;
  const { count } = await db.dataDeletionRequest.updateMany({
    where: { id: request.id, status: 'awaiting_confirmation' },
    data: { status: 'pending', confirmedAt: now, confirmedVia: 'email_link', proofTokenHash: null },
  });
  if (count) await enqueue('process-data-deletion', { requestId: request.id }, { singletonKey: request.id });
  return { confirmationCode: request.confirmationCode };
}
