// Files go before rows: if a delete fails the job retries and finds the rows (and keys) again.
// Goes through the Storage interface so the local-disk and S3 drivers behave the same.
import { getStorage } from '../storage/storage';
import { assertStorageKey } from '../storage/storage-key';

export async function deleteStorageObjects(keys: Iterable<string | null | undefined>): Promise<number> {
  const storage = getStorage();
  let removed = 0;
  for (const key of new Set(keys)) {
    if (!key) continue;
    try {
      assertStorageKey(key);
    } catch {
      continue; // never act on a key our own code did not write
    }
    await storage.delete(key); // missing objects are fine (never downloaded, or a re-run)
    removed += 1;
  }
  return removed;
}
