// Public requests never confirmed within PUBLIC_REQUEST_EXPIRY_DAYS expire: nothing is erased,
// the identifier and codes are dropped (the salted hash stays). Closed requests are deleted after
// CLOSED_PRIVACY_REQUEST_RETENTION_YEARS.
import { db } from '../db';
import { CLOSED_PRIVACY_REQUEST_RETENTION_YEARS } from '../retention/retention-periods';

export async function expireDataDeletionRequests(options: { now?: Date } = {}): Promise<{ expired: number; deleted: number }> {
  const now = options.now ?? new Date();
  const expired = await db.dataDeletionRequest.updateMany({
    where: { status: { in: ['awaiting_confirmation', 'pending'] }, confirmedAt: null, expiresAt: { lte: now } },
    data: { status: 'expired', identifier: null, proofCode: null, proofTokenHash: null, completedAt: now },
  });
  const cutoff = new Date(now.getTime() - CLOSED_PRIVACY_REQUEST_RETENTION_YEARS * 365 * 86_400_000);
  const deleted = await db.dataDeletionRequest.deleteMany({ where: { status: { in: ['completed', 'expired'] }, completedAt: { lt: cutoff } } });
  return { expired: expired.count, deleted: deleted.count };
}
