import { db } from '../db';

/** What the public status page may show for a confirmation code: status and dates, nothing else. */
export async function getDataDeletionStatus(options: { confirmationCode: string }) {
  if (!/^[A-Z0-9]{6,32}$/i.test(options.confirmationCode)) return null;
  // Unscoped on purpose: public lookup by an unguessable code; no personal data is returned.
  return db.dataDeletionRequest.findUnique({
    where: { confirmationCode: options.confirmationCode.toUpperCase() },
    select: { status: true, requestedAt: true, completedAt: true },
  });
}
