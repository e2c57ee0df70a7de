import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * Runs `fn` with a connection string for schema tooling: DATABASE_URL when set, otherwise a
 * private embedded cluster (separate from the dev one, so it works while `npm run dev` runs).
 */
export async function withToolingDatabase<T>(fn: (connectionString: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return fn(process.env.DATABASE_URL);
  const cluster = await startEmbeddedPostgres({ dataDir: '.data/tooling-postgres' });
  try {
    await cluster.ensureDatabase('tooling');
    return await fn(cluster.url('tooling'));
  } finally {
    await cluster.stop();
  }
}
