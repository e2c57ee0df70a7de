import { withSchemaEngine } from './schema-engine';
import { loadMigrations, loadSchema } from './load-migrations';
import { emptyFilters } from './paths';

/** Applies every pending migration in prisma/migrations; returns the names it applied. */
export async function applyMigrations(options: { connectionString: string }): Promise<string[]> {
  const schema = await loadSchema();
  const migrationsList = await loadMigrations();
  return withSchemaEngine({ connectionString: options.connectionString, schema }, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList, filters: emptyFilters });
    return result.appliedMigrationNames;
  });
}
