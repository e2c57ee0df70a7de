// Jobs written by our own SQL (insert-jobs-sql.ts) need their pg-boss queue, and with it its
// partition of pgboss.job, to exist already. Checked once per process with one cheap query;
// only a database where pg-boss never ran pays for starting it here.
import { sqlPool } from '../db';
import type { JobName } from './registry';

const checked = new Map<string, Promise<void>>();

export function ensureQueueExists(queue: JobName): Promise<void> {
  let pending = checked.get(queue);
  if (!pending) {
    pending = check(queue).catch((error: unknown) => {
      checked.delete(queue);
      throw error;
    });
    checked.set(queue, pending);
  }
  return pending;
}

/** After a statement failed for want of the queue's partition: check again next time. */
export function forgetQueueCheck(queue: JobName): void {
  checked.delete(queue);
}

async function check(queue: JobName): Promise<void> {
  try {
    const { rowCount } = await sqlPool().query('select 1 from pgboss.queue where name = $1', [queue]);
    if (rowCount) return;
  } catch (error) {
    // 3F000: no pgboss schema yet; 42P01: no queue table yet. pg-boss creates both on start.
    const code = (error as { code?: string }).code;
    if (code !== '3F000' && code !== '42P01') throw error;
  }
  // Imported lazily: the intake should not load pg-boss when the queue is already there.
  const { getBoss } = await import('./boss');
  await getBoss(); // starts pg-boss: its schema and every registered queue (ensureQueues)
}
