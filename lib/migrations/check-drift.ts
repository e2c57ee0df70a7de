import { readFile } from 'node:fs/promises';
import { diffSchemas } from './diff-schemas';
import { loadSchema } from './load-migrations';
import { snapshotPath } from './paths';

/** The SQL that builds a database straight from schema.prisma (no migrations involved). */
export async function sqlForSchema(connectionString: string): Promise<string> {
  return diffSchemas({ from: null, to: await loadSchema(), connectionString });
}

/** SQL between the last migration's snapshot and schema.prisma: non-empty = a migration is missing. */
export async function diffSnapshotToSchema(connectionString: string): Promise<string> {
  const snapshot = { path: snapshotPath, content: await readFile(snapshotPath, 'utf8') };
  return diffSchemas({ from: snapshot, to: await loadSchema(), connectionString });
}
