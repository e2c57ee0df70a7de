// npm run keys:rotate — re-encrypts every encrypted column (channel tokens, workspace LLM keys,
// any `…Enc` column: lib/crypto/rotate-encrypted-columns.ts) with the active key (the first entry
// of TOKEN_ENCRYPTION_KEYS). Run it after prepending a new key; remove an old key from the ring
// only once this reports nothing left under it. Safe to run again at any time.
// Uses DATABASE_URL (production), or the embedded development database and dev secrets.
import { DEV_DATABASE, DEV_DATA_DIR, DEV_PG_PORT } from '../lib/devtools/dev-database';

async function main() {
  let stop = async () => {};
  if (!process.env.DATABASE_URL) {
    const { startEmbeddedPostgres } = await import('../lib/devtools/embedded-postgres');
    const { applyDevSecrets } = await import('../lib/devtools/dev-secrets');
    await applyDevSecrets();
    const cluster = await startEmbeddedPostgres({ dataDir: DEV_DATA_DIR, preferredPort: DEV_PG_PORT });
    process.env.DATABASE_URL = cluster.url(DEV_DATABASE);
    stop = () => cluster.stop();
  }
  const { assertEnvOrExit } = await import('../lib/env');
  assertEnvOrExit();
  const { rotateEncryptedColumns } = await import('../lib/crypto/rotate-encrypted-columns');
  const { disconnectDb } = await import('../lib/db');
  try {
    const result = await rotateEncryptedColumns({ onBatch: ({ table, column, rotated }) => console.log(`  ${table}.${column}: re-encrypted ${rotated} so far…`) });
    for (const entry of result.columns) {
      console.log(`${entry.table}.${entry.column}: re-encrypted ${entry.rotated}` + (entry.skipped ? `, ${entry.skipped} changed meanwhile (already current)` : '') + (entry.unreadable ? `, ${entry.unreadable} UNREADABLE with the configured keys` : ''));
    }
    console.log(`Done: ${result.rotated} value(s) now under key "${result.activeKeyId}".`);
    if (result.unreadable) {
      // Never "safe to remove the old key" while something still needs a key the ring lacks.
      console.error(`${result.unreadable} value(s) could not be decrypted with any key in TOKEN_ENCRYPTION_KEYS: they were left untouched. Put the missing key back and run again.`);
      process.exitCode = 1;
    }
  } finally {
    await disconnectDb();
    await stop();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: Error) => {
    console.error(`Key rotation failed: ${error.message}`);
    process.exit(1);
  },
);
