// Deletes the rows of `table` matching `where` (SQL over trusted column names only, values bound)
// in batches, so a large backlog never holds one long transaction. Returns the count deleted.
import { db } from '../db';

export async function deleteInBatches(table: string, where: string, params: unknown[], batchSize = 5_000): Promise<number> {
  if (!/^[A-Za-z]+$/.test(table)) throw new Error('invalid table name');
  let total = 0;
  for (;;) {
    const deleted = await db.$executeRawUnsafe(
      `delete from "${table}" where ctid in (select ctid from "${table}" where ${where} limit ${Number(batchSize)})`,
      ...params,
    );
    total += deleted;
    if (deleted < batchSize) return total;
  }
}
