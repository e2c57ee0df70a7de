import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import type { Storage, StoredObject } from './storage';
import { assertStorageKey } from './storage-key';

/** Files under STORAGE_DIR, one per key, with a `.meta.json` sidecar for the content type. */
export class LocalDiskStorage implements Storage {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathFor(key: string): string {
    assertStorageKey(key);
    const full = path.resolve(this.root, key);
    // Belt and braces: the key pattern already excludes traversal.
    if (!full.startsWith(this.root + path.sep)) throw new Error('Invalid storage key');
    return full;
  }

  async put(key: string, bytes: Buffer, options: { contentType: string }): Promise<void> {
    const file = this.pathFor(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(tmp, bytes);
    await writeFile(`${file}.meta.json`, JSON.stringify({ contentType: options.contentType }));
    await rename(tmp, file);
  }

  async get(key: string, range?: { start: number; end: number }): Promise<Readable> {
    const file = this.pathFor(key);
    await stat(file); // throw ENOENT now rather than inside the stream
    return createReadStream(file, range ? { start: range.start, end: range.end } : {});
  }

  async stat(key: string): Promise<StoredObject | null> {
    const file = this.pathFor(key);
    try {
      const info = await stat(file);
      const meta = JSON.parse(await readFile(`${file}.meta.json`, 'utf8').catch(() => '{}')) as { contentType?: string };
      return { sizeBytes: info.size, contentType: meta.contentType ?? null };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.pathFor(key);
    await rm(file, { force: true });
    await rm(`${file}.meta.json`, { force: true });
  }

  async deleteMany(keys: string[]): Promise<number> {
    const unique = [...new Set(keys)];
    for (const key of unique) await this.delete(key);
    return unique.length;
  }
}
