import { db } from '../db';

/**
 * Deletes inbox events older than `maxAgeHours` in batches. The log only has to bridge
 * reconnects; a client that was away longer gets `resync` and reloads.
 */
export async function sweepInboxEvents(options: { maxAgeHours?: number; now?: Date; batchSize?: number } = {}): Promise<number> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - (options.maxAgeHours ?? 24) * 3_600_000);
  const batchSize = options.batchSize ?? 10_000;
  let total = 0;
  for (;;) {
    const deleted = await db.$executeRaw`
      delete from "InboxEvent" where seq in (select seq from "InboxEvent" where "createdAt" < ${cutoff} order by seq limit ${batchSize})`;
    total += deleted;
    if (deleted < batchSize) return total;
  }
}
