import { withSchemaEngine } from './schema-engine';
import { emptyFilters, type SchemaFile } from './paths';

/**
 * SQL that turns a database shaped like `from` (or an empty one) into one shaped like `to`.
 * The engine insists on a reachable database for its adapter, but the diff itself only
 * compares the two schema texts.
 */
export async function diffSchemas(options: { from: SchemaFile | null; to: SchemaFile; connectionString: string }): Promise<string> {
  const connectionString = options.connectionString;
  return withSchemaEngine({ connectionString, schema: options.to }, async (engine) => {
    const result = await engine.diff({
      from: options.from ? { tag: 'schemaDatamodel', files: [options.from] } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [options.to] },
      script: true,
      exitCode: null,
      filters: emptyFilters,
    });
    return normaliseSql(result.stdout ?? '');
  });
}

/** The engine prints a comment for an empty diff; treat that as no change. */
function normaliseSql(sql: string): string {
  return sql.includes('This is an empty migration.') ? '' : sql.trim();
}
