import { applyMigrations } from '../migrations/apply-migrations';
import { checkDatabaseReachable } from './check-database-reachable';
import { startEmbeddedPostgres } from './embedded-postgres';

export type PreparedDatabase = { url: string; embedded: boolean; applied: string[]; stop(): Promise<void> };

/**
 * DATABASE_URL when set (checked reachable, never an embedded one alongside it); otherwise an
 * embedded cluster in `dataDir`. Either way, pending migrations are applied.
 */
export async function prepareDatabase(options: { dataDir: string; preferredPort: number; database: string; fresh?: boolean; postgresFlags?: string[] }): Promise<PreparedDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const problem = await checkDatabaseReachable(external);
    if (problem) {
      throw new Error(
        `Cannot reach the database in DATABASE_URL (${problem}).\n` +
          'Start that Postgres, fix DATABASE_URL in .env, or remove DATABASE_URL to use the embedded database.',
      );
    }
    return { url: external, embedded: false, applied: await applyMigrations({ connectionString: external }), stop: async () => {} };
  }
  const cluster = await startEmbeddedPostgres({ dataDir: options.dataDir, preferredPort: options.preferredPort, fresh: options.fresh, postgresFlags: options.postgresFlags });
  try {
    await cluster.ensureDatabase(options.database);
    const url = cluster.url(options.database);
    return { url, embedded: true, applied: await applyMigrations({ connectionString: url }), stop: () => cluster.stop() };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
