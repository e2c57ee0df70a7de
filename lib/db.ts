// The one Prisma client. Cached on globalThis so Next's dev hot reload does not open a
// new pool on every edit. Only lib/ imports this; app/ calls domain functions.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';
import { env } from './env';

type Db = PrismaClient;
const globalForDb = globalThis as unknown as { relaydeskDb?: Db };

function createDb(): Db {
  const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
  const adapter = new PrismaPg({
    connectionString: DATABASE_URL,
    max: DATABASE_POOL_SIZE,
    // Fail fast when the database is down so health checks and pages answer quickly.
    connectionTimeoutMillis: 5_000,
  });
  return new PrismaClient({ adapter });
}

/** Lazily created so that importing a module never requires a database (e.g. at build time). */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    globalForDb.relaydeskDb ??= createDb();
    const value = Reflect.get(globalForDb.relaydeskDb, property);
    return typeof value === 'function' ? value.bind(globalForDb.relaydeskDb) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  await globalForDb.relaydeskDb?.$disconnect();
  globalForDb.relaydeskDb = undefined;
}
