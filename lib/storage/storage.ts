// Where media bytes live. Local disk by default; an S3-compatible store can implement the same
// interface later. Keys are `<workspaceId>/<mediaId>` and are validated by every implementation.
import type { Readable } from 'node:stream';
import { env } from '../env';
import { LocalDiskStorage } from './local-disk-storage';

export { assertStorageKey, mediaStorageKey } from './storage-key';

export type StoredObject = { sizeBytes: number; contentType: string | null };

export interface Storage {
  put(key: string, bytes: Buffer, options: { contentType: string }): Promise<void>;
  /** The bytes, optionally a byte range [start, end] (inclusive, like HTTP Range). */
  get(key: string, range?: { start: number; end: number }): Promise<Readable>;
  stat(key: string): Promise<StoredObject | null>;
  delete(key: string): Promise<void>;
}

let storage: Storage | undefined;
let storageRoot: string | undefined;

export function getStorage(): Storage {
  const root = env().STORAGE_DIR;
  if (!storage || storageRoot !== root) {
    storage = new LocalDiskStorage(root);
    storageRoot = root;
  }
  return storage;
}
