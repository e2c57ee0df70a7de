import { rm } from 'node:fs/promises';
import path from 'node:path';
import { env } from '../env';

/** Removes media files under STORAGE_DIR; missing files are fine (a re-run, or never downloaded). */
export async function deleteStoredFiles(storageKeys: string[]): Promise<number> {
  const root = path.resolve(env().STORAGE_DIR);
  let removed = 0;
  for (const key of storageKeys) {
    const file = path.resolve(root, key);
    // Keys are written by our own storage code, but never follow one outside the storage root.
    if (!file.startsWith(root + path.sep)) continue;
    await rm(file, { force: true });
    removed += 1;
  }
  return removed;
}
