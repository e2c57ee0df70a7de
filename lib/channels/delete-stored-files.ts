// Kept for callers that delete media by key; the work is the erasure module's (Storage interface).
import { deleteStorageObjects } from '../erasure/delete-storage-objects';

/** Removes stored media files; missing files are fine (a re-run, or never downloaded). */
export async function deleteStoredFiles(storageKeys: string[]): Promise<number> {
  return deleteStorageObjects(storageKeys);
}
