// Where media bytes live: local disk by default (one machine), or an S3-compatible bucket
// (STORAGE_DRIVER=s3) when web and worker processes run on several machines. Keys are
// `<workspaceId>/<id>` and are validated by every implementation.
import type { Readable } from 'node:stream';
import { env, type Env } from '../env';
import { LocalDiskStorage } from './local-disk-storage';
import { S3Storage } from './s3-storage';

export { assertStorageKey, mediaStorageKey } from './storage-key';

export type StoredObject = { sizeBytes: number; contentType: string | null };

export interface Storage {
  put(key: string, bytes: Buffer, options: { contentType: string }): Promise<void>;
  /** The bytes, optionally a byte range [start, end] (inclusive, like HTTP Range). */
  get(key: string, range?: { start: number; end: number }): Promise<Readable>;
  stat(key: string): Promise<StoredObject | null>;
  delete(key: string): Promise<void>;
  /** Deletes every key (missing ones are fine) in as few requests as the store allows; returns how many keys were given. */
  deleteMany(keys: string[]): Promise<number>;
}

/** The store the environment asks for. */
export function createStorage(config: Pick<Env, 'STORAGE_DRIVER' | 'STORAGE_DIR' | 'S3_BUCKET' | 'S3_REGION' | 'S3_ENDPOINT' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_FORCE_PATH_STYLE' | 'S3_KEY_PREFIX'>): Storage {
  if (config.STORAGE_DRIVER === 'local') return new LocalDiskStorage(config.STORAGE_DIR);
  // lib/env.ts has already required the bucket and region for the s3 driver.
  return new S3Storage({
    bucket: config.S3_BUCKET!,
    region: config.S3_REGION!,
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    credentials: config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY } : undefined,
    keyPrefix: config.S3_KEY_PREFIX,
  });
}

let storage: Storage | undefined;
let storageFor: string | undefined;

export function getStorage(): Storage {
  const config = env();
  // Rebuilt when the configuration changes (tests point STORAGE_DIR at temporary folders).
  const identity = JSON.stringify([config.STORAGE_DRIVER, config.STORAGE_DIR, config.S3_BUCKET, config.S3_ENDPOINT, config.S3_KEY_PREFIX]);
  if (!storage || storageFor !== identity) {
    storage = createStorage(config);
    storageFor = identity;
  }
  return storage;
}
