// npm run keys:rotate — re-encrypts every stored channel token with the active key (the first
// entry of TOKEN_ENCRYPTION_KEYS). Run it after prepending a new key; remove an old key from
// the ring only once this reports nothing left under it. Safe to run again at any time.
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
  const { rotateChannelTokenKeys } = await import('../lib/channels/rotate-channel-token-keys');
  const { disconnectDb } = await import('../lib/db');
  try {
    const result = await rotateChannelTokenKeys({ onBatch: (done) => console.log(`  re-encrypted ${done} token(s) so far…`) });
    console.log(`Re-encrypted ${result.rotated} channel token(s) with key "${result.activeKeyId}"` + (result.skipped ? `; ${result.skipped} changed meanwhile and were left as is.` : '.'));
  } finally {
    await disconnectDb();
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`Key rotation failed: ${error.message}`);
    process.exit(1);
  },
);
