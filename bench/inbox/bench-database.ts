// The benchmark's database: BENCH_DATABASE_URL when set, otherwise a dedicated embedded
// cluster in .data/bench-postgres (never the dev or test database). Migrated on open.
import { startEmbeddedPostgres } from '../../lib/devtools/embedded-postgres';
import { applyMigrations } from '../../lib/migrations/apply-migrations';

export const BENCH_DATA_DIR = '.data/bench-postgres';
const BENCH_DATABASE = 'relaydesk_bench';

export async function openBenchDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  const configured = process.env.BENCH_DATABASE_URL;
  if (configured) {
    await applyMigrations({ connectionString: configured });
    return { url: configured, stop: async () => {} };
  }
  const cluster = await startEmbeddedPostgres({ dataDir: BENCH_DATA_DIR, preferredPort: 54339 });
  try {
    await cluster.ensureDatabase(BENCH_DATABASE);
    const url = cluster.url(BENCH_DATABASE);
    await applyMigrations({ connectionString: url });
    return { url, stop: () => cluster.stop() };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
