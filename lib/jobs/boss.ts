// One pg-boss instance per process, on the app's own Postgres (schema `pgboss`).
// Web processes use it to enqueue; worker processes (or the dev server) also work jobs.
import PgBoss from 'pg-boss';
import { env } from '../env';
import { logger } from '../logger';
import { BossDb } from './boss-db';
import { poolIdleTimeoutMillis } from '../db';
import { deadLetterQueue, type JobDefinition } from './define-job';
import { jobRegistry } from './registry';

const globalForBoss = globalThis as unknown as { relaydeskBoss?: Promise<PgBoss> };
/** pg-boss does not close a database it was given: stopBoss does, after pg-boss has stopped. */
const bossDbs = new WeakMap<PgBoss, BossDb>();

async function createBoss(): Promise<PgBoss> {
  const { DATABASE_URL, RUN_WORKERS_IN_PROCESS } = env();
  const isWorker = process.env.RELAYDESK_PROCESS === 'worker' || RUN_WORKERS_IN_PROCESS;
  const db = new BossDb({ connectionString: DATABASE_URL, max: 5, idleTimeoutMillis: poolIdleTimeoutMillis() });
  db.on('error', (error) => logger.error({ err: error }, 'pg-boss database error'));
  await db.open();
  const boss = new PgBoss({
    db,
    schema: 'pgboss',
    // Maintenance and cron scheduling only where workers run; web processes just send.
    supervise: isWorker,
    schedule: isWorker,
    // Maintenance expires the active jobs of a worker that died (kill -9, OOM) so they run
    // again; every 30 s rather than pg-boss's 2 minutes bounds that recovery at expiry + 30 s.
    maintenanceIntervalSeconds: 30,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'pg-boss error'));
  bossDbs.set(boss, db);
  try {
    await boss.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  await ensureQueues(boss, jobRegistry);
  return boss;
}

/** Creates each job's queue and its dead-letter queue; cheap and idempotent. */
export async function ensureQueues(boss: PgBoss, jobs: readonly JobDefinition[]): Promise<void> {
  for (const job of jobs) {
    const dead = deadLetterQueue(job.name);
    if (!(await boss.getQueue(dead))) await boss.createQueue(dead, { name: dead, retentionDays: 30 });
    const options = {
      name: job.name,
      retryLimit: job.retry.limit,
      retryDelay: job.retry.delaySeconds,
      retryBackoff: true,
      expireInSeconds: job.timeoutSeconds ?? 15 * 60,
      deadLetter: dead,
    };
    if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, options);
    else await boss.createQueue(job.name, options);
  }
}

export function getBoss(): Promise<PgBoss> {
  globalForBoss.relaydeskBoss ??= createBoss().catch((error: unknown) => {
    globalForBoss.relaydeskBoss = undefined; // let the next call retry instead of caching the failure
    throw error;
  });
  return globalForBoss.relaydeskBoss;
}

export async function stopBoss(options: { graceful: boolean; timeoutMs?: number } = { graceful: true }): Promise<void> {
  const pending = globalForBoss.relaydeskBoss;
  globalForBoss.relaydeskBoss = undefined;
  if (!pending) return;
  const boss = await pending.catch(() => undefined);
  await boss?.stop({ graceful: options.graceful, timeout: options.timeoutMs ?? 20_000, wait: true });
  if (boss) await bossDbs.get(boss)?.close();
}
