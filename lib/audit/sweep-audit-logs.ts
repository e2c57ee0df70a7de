import { db } from '../db';

/**
 * Deletes audit entries older than `retentionDays`, in batches so a large backlog never
 * holds one long transaction. Idempotent: running it twice deletes nothing more.
 */
export async function sweepAuditLogs(options: { retentionDays: number; now?: Date; batchSize?: number }): Promise<number> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - options.retentionDays * 86_400_000);
  const batchSize = options.batchSize ?? 5_000;
  let total = 0;
  for (;;) {
    const deleted = await db.$executeRaw`
      delete from "AuditLog" where id in (
        select id from "AuditLog" where "createdAt" < ${cutoff} limit ${batchSize}
      )`;
    total += deleted;
    if (deleted < batchSize) return total;
  }
}
