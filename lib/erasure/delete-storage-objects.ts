// Files go before rows: if a delete fails the job retries and finds the rows (and keys) again.
// Goes through the Storage interface so the local-disk and S3 drivers behave the same (S3 deletes
// in batches of up to 1000 keys per request).
import { logger } from '../logger';
import { getStorage } from '../storage/storage';
import { assertStorageKey } from '../storage/storage-key';

/** Missing objects are fine (never downloaded, or a re-run); returns how many keys were deleted. */
export async function deleteStorageObjects(keys: Iterable<string | null | undefined>): Promise<number> {
  const valid: string[] = [];
  for (const key of new Set(keys)) {
    if (!key) continue;
    try {
      assertStorageKey(key);
      valid.push(key);
    } catch {
      // Never act on a key our own code did not write; reported rather than failing the erasure forever.
      logger.warn({ storageKey: key.slice(0, 100) }, 'skipped an invalid storage key while deleting files');
    }
  }
  if (valid.length === 0) return 0;
  return getStorage().deleteMany(valid);
}
