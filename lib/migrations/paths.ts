import path from 'node:path';

export const projectRoot = process.cwd();
export const schemaPath = path.join(projectRoot, 'prisma', 'schema.prisma');
export const migrationsDir = path.join(projectRoot, 'prisma', 'migrations');
/** The schema as of the newest migration; `db:migration:new` diffs against it. */
export const snapshotPath = path.join(migrationsDir, 'schema.snapshot.prisma');

export type SchemaFile = { path: string; content: string };
export const emptyFilters = { externalTables: [], externalEnums: [] };
