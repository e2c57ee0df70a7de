// npm run db:migrate — applies pending migrations with no network access.
// Uses DATABASE_DIRECT_URL or DATABASE_URL when set (migrations must not go through a
// transaction-mode pooler: docs/scaling.md); otherwise the embedded development database in .data/.
import { startEmbeddedPostgres } from '../lib/devtools/embedded-postgres';
import { applyMigrations } from '../lib/migrations/apply-migrations';
import { DEV_DATABASE, DEV_DATA_DIR, DEV_PG_PORT } from '../lib/devtools/dev-database';

async function main() {
  const configured = process.env.DATABASE_DIRECT_URL || process.env.DATABASE_URL;
  if (configured) {
    report(await applyMigrations({ connectionString: configured }));
    return;
  }
  const cluster = await startEmbeddedPostgres({ dataDir: DEV_DATA_DIR, preferredPort: DEV_PG_PORT });
  try {
    await cluster.ensureDatabase(DEV_DATABASE);
    report(await applyMigrations({ connectionString: cluster.url(DEV_DATABASE) }));
  } finally {
    await cluster.stop();
  }
}

function report(applied: string[]) {
  console.log(applied.length ? `Applied ${applied.length} migration(s):\n  ${applied.join('\n  ')}` : 'Database is up to date.');
}

// Exit explicitly: the wasm schema engine leaves a timer behind that would hold the
// process open for ~10 s after the work is done.
main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`Migration failed: ${error.message}`);
    process.exit(1);
  },
);
