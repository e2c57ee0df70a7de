import { db } from '../db';

import { CONSENT_RECORD_RETENTION_YEARS } from './retention';

export function consentRetentionCutoff(now: Date, years = CONSENT_RECORD_RETENTION_YEARS): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

/** Deletes records older than the retention period in batches; returns how many went. */
export async function purgeConsentRecords(options: { now?: Date; batchSize?: number } = {}): Promise<number> {
  const cutoff = consentRetentionCutoff(options.now ?? new Date());
  const batchSize = options.batchSize ?? 5_000;
  let total = 0;
  for (;;) {
    const deleted = await db.$executeRaw`
      delete from "ConsentRecord" where id in (select id from "ConsentRecord" where "createdAt" < ${cutoff} order by "createdAt" limit ${batchSize})`;
    total += deleted;
    if (deleted < batchSize) return total;
  }
}
