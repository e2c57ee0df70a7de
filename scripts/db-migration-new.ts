// npm run db:migration:new -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the
// last migrated schema (schema.snapshot.prisma) to prisma/schema.prisma, then moves the
// snapshot forward. Review the SQL before committing: data migrations are yours to add.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { withToolingDatabase } from '../lib/devtools/tooling-database';
import { diffSchemas } from '../lib/migrations/diff-schemas';
import { loadSchema } from '../lib/migrations/load-migrations';
import { migrationsDir, snapshotPath } from '../lib/migrations/paths';

const rawName = process.argv[2];
if (!rawName || !/^[a-z0-9][a-z0-9_-]*$/i.test(rawName)) {
  console.error('Usage: npm run db:migration:new -- <name>   (letters, digits, - and _ only; e.g. add_channels)');
  process.exit(1);
}

const schema = await loadSchema();
const snapshotContent = await readFile(snapshotPath, 'utf8').catch(() => null);
const from = snapshotContent === null ? null : { path: snapshotPath, content: snapshotContent };
const sql = await withToolingDatabase((connectionString) => diffSchemas({ from, to: schema, connectionString }));

if (!sql) {
  console.log('prisma/schema.prisma matches the last migration: nothing to write.');
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const folder = path.join(migrationsDir, `${stamp}_${rawName.toLowerCase().replace(/-/g, '_')}`);
await mkdir(folder, { recursive: true });
await writeFile(path.join(folder, 'migration.sql'), `${sql}\n`);
await writeFile(path.join(migrationsDir, 'migration_lock.toml'), '# Written by scripts/db-migration-new.ts; keep it in git.\nprovider = "postgresql"\n');
await writeFile(snapshotPath, schema.content);
console.log(`Wrote ${path.relative(process.cwd(), folder)}/migration.sql — review it, then run \`npm run db:migrate\` (npm run dev does it for you).`);
process.exit(0); // the wasm engine leaves a timer that would hold the process open
