import { db } from '../db';

/** A consent id's records, newest first (dev tools and tests; there is no IP to return). */
export async function listConsentRecords(consentId: string) {
  return db.consentRecord.findMany({
    where: { consentId },
    orderBy: { createdAt: 'desc' },
    take: 50,
    select: { id: true, consentId: true, action: true, necessary: true, analytics: true, advertising: true, gpc: true, policyVersion: true, userAgent: true, createdAt: true },
  });
}
