import { db } from '../db';
import { getBoss } from '../jobs/boss';

export type ComponentHealth = { ok: boolean; latencyMs: number; error?: string; details?: Record<string, unknown> };
export type Health = { ok: boolean; database: ComponentHealth; queue: ComponentHealth };

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms).unref()),
  ]);
}

async function probe(check: () => Promise<Record<string, unknown> | void>, timeoutMs: number): Promise<ComponentHealth> {
  const started = performance.now();
  try {
    const details = await withTimeout(check(), timeoutMs);
    return { ok: true, latencyMs: Math.round(performance.now() - started), ...(details ? { details } : {}) };
  } catch (error) {
    // Only the message: connection errors can embed the URL, which may carry a password.
    const message = error instanceof Error ? error.message.replace(/postgres(ql)?:\/\/\S+/g, '[database url]') : 'unknown error';
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: message };
  }
}

/** Database: a round trip. Queue: pg-boss reachable and its schema installed, plus backlog figures. */
export async function checkHealth(timeoutMs = 3_000): Promise<Health> {
  const [database, queue] = await Promise.all([
    probe(async () => {
      await db.$queryRaw`select 1`;
    }, timeoutMs),
    probe(async () => {
      const boss = await getBoss();
      const rows = await boss
        .getDb()
        .executeSql(`select state, count(*)::int as count from pgboss.job where state in ('created','retry','active','failed') group by state`, []);
      return { jobs: Object.fromEntries(rows.rows.map((r: { state: string; count: number }) => [r.state, r.count])) };
    }, timeoutMs),
  ]);
  return { ok: database.ok && queue.ok, database, queue };
}
