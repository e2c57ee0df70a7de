// Removes stored media files through the configured Storage (local disk or S3), so deleting a
// channel's or a contact's data works the same on one machine and on many.
import { logger } from '../logger';
import { getStorage } from '../storage/storage';
import { assertStorageKey } from '../storage/storage-key';

/** Missing files are fine (a re-run, or never downloaded); returns how many keys were deleted. */
export async function deleteStoredFiles(storageKeys: string[]): Promise<number> {
  // Keys are written by our own storage code; one that is not a storage key is skipped (and
  // reported) rather than failing the deletion job forever.
  const valid = storageKeys.filter((key) => {
    try {
      assertStorageKey(key);
      return true;
    } catch {
      logger.warn({ storageKey: key.slice(0, 100) }, 'skipped an invalid storage key while deleting files');
      return false;
    }
  });
  if (valid.length === 0) return 0;
  return getStorage().deleteMany(valid);
}
