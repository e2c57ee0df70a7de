import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirInUseError, startEmbeddedPostgres } from '@/lib/devtools/embedded-postgres';

const dataDir = `.data/lock-test-${process.pid}`;
afterAll(async () => {
  for (const suffix of ['', '.lock', '.port']) await rm(`${dataDir}${suffix}`, { recursive: true, force: true });
});

describe('embedded Postgres', () => {
  it('refuses a second start on a data dir that is in use, then restarts cleanly on it', async () => {
    const first = await startEmbeddedPostgres({ dataDir });
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toBeInstanceOf(DataDirInUseError);
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/already using the embedded database/);
    await first.ensureDatabase('probe');
    await first.stop();

    // Reused across runs: the second start finds the initialised dir and the database in it.
    const again = await startEmbeddedPostgres({ dataDir });
    await again.ensureDatabase('probe');
    await again.stop();
  });
});
