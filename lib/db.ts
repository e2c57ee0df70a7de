// The one Prisma client and the pg pool under it. Cached on globalThis so Next's dev hot reload
// does not open a new pool on every edit. Only lib/ imports this; app/ calls domain functions.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/prisma/client';
import { env } from './env';
import { logger } from './logger';
import { preparedStatementName } from './prepared-statement-name';

type Db = PrismaClient;
const globalForDb = globalThis as unknown as { relaydeskDb?: Db; relaydeskPool?: pg.Pool };

function pool(): pg.Pool {
  if (!globalForDb.relaydeskPool) {
    const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
    const created = new pg.Pool({
      connectionString: DATABASE_URL,
      max: DATABASE_POOL_SIZE,
      // Fail fast when the database is down so health checks and pages answer quickly.
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: poolIdleTimeoutMillis(),
    });
    // An idle client's error (database restart) is emitted on the pool; unhandled it would
    // crash the process. The pool drops that client and opens a new one on the next query.
    created.on('error', (error) => logger.warn({ err: error }, 'idle database connection failed'));
    globalForDb.relaydeskPool = created;
  }
  return globalForDb.relaydeskPool;
}

/**
 * How long an idle pooled connection stays open (DATABASE_POOL_IDLE_SECONDS, default 5 min; 0 =
 * never closed). pg's default, 10 s, closed the pool after every short lull, and the next burst
 * paid for new connections — a Postgres backend started and its catalog caches warmed per
 * connection, ten at once on a busy machine: webhook acks of 150–350 ms at the start of each
 * burst in bench:webhook-ingest, the whole of its p99 (docs/benchmarks.md "Webhook ingest").
 * Kept open, the connections stay within the budget docs/scaling.md counts anyway (pool size ×
 * processes); pg-boss's pool takes the same setting.
 */
export function poolIdleTimeoutMillis(): number {
  return env().DATABASE_POOL_IDLE_SECONDS * 1000;
}

/** Lazily created so that importing a module never requires a database (e.g. at build time). */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    // Prisma's statements as named prepared statements (lib/prepared-statement-name.ts); '' is
    // the unnamed statement, parsed and planned on every call.
    globalForDb.relaydeskDb ??= new PrismaClient({ adapter: new PrismaPg(pool(), { statementNameGenerator: (query) => preparedStatementName(query.sql) ?? '' }) });
    const value = Reflect.get(globalForDb.relaydeskDb, property);
    return typeof value === 'function' ? value.bind(globalForDb.relaydeskDb) : value;
  },
});

/**
 * The same pool Prisma uses (one connection budget, DATABASE_POOL_SIZE), for the few hot paths
 * that need one hand-written statement without Prisma's per-query overhead — the webhook intake
 * (lib/meta/webhooks/insert-delivery.ts). Everything else goes through `db`.
 */
export function sqlPool(): pg.Pool {
  return pool();
}

export async function disconnectDb(): Promise<void> {
  const client = globalForDb.relaydeskDb;
  const openPool = globalForDb.relaydeskPool;
  globalForDb.relaydeskDb = undefined;
  globalForDb.relaydeskPool = undefined;
  await client?.$disconnect();
  if (openPool && !openPool.ended) await openPool.end();
}
