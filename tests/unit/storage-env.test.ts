// STORAGE_DRIVER and the S3_* variables: local disk by default, an S3-compatible bucket when
// asked, and a clear start-up error for every missing or malformed piece.
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@/lib/env';
import { LocalDiskStorage } from '@/lib/storage/local-disk-storage';
import { S3Storage } from '@/lib/storage/s3-storage';
import { createStorage } from '@/lib/storage/storage';

const base = { DATABASE_URL: 'postgresql://u:p@localhost:5432/db' };
const r2 = { STORAGE_DRIVER: 's3', S3_BUCKET: 'relaydesk-media', S3_REGION: 'auto', S3_ENDPOINT: 'https://abc123.r2.cloudflarestorage.com', S3_ACCESS_KEY_ID: 'key-id', S3_SECRET_ACCESS_KEY: 'secret-value' };

const problemsOf = (source: Record<string, string>) => {
  try {
    parseEnv({ ...base, ...source });
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as EnvError).problems;
  }
};

describe('storage configuration', () => {
  it('defaults to local disk under .data/storage', () => {
    const env = parseEnv(base);
    expect(env.STORAGE_DRIVER).toBe('local');
    expect(createStorage(env)).toBeInstanceOf(LocalDiskStorage);
  });

  it('builds S3 storage for AWS, R2 or MinIO settings', () => {
    const env = parseEnv({ ...base, ...r2 });
    expect(env).toMatchObject({ STORAGE_DRIVER: 's3', S3_BUCKET: 'relaydesk-media', S3_REGION: 'auto', S3_FORCE_PATH_STYLE: false });
    const storage = createStorage(env);
    expect(storage).toBeInstanceOf(S3Storage);
    (storage as InstanceType<typeof S3Storage>).destroy();
    // AWS with an instance role: no endpoint, no keys.
    expect(parseEnv({ ...base, STORAGE_DRIVER: 's3', S3_BUCKET: 'media.example.com', S3_REGION: 'eu-central-1' }).S3_ACCESS_KEY_ID).toBeUndefined();
    expect(parseEnv({ ...base, ...r2, S3_FORCE_PATH_STYLE: 'true', S3_KEY_PREFIX: 'prod/media/' })).toMatchObject({ S3_FORCE_PATH_STYLE: true, S3_KEY_PREFIX: 'prod/media/' });
  });

  it('names every missing piece of an S3 configuration', () => {
    expect(problemsOf({ STORAGE_DRIVER: 's3' }).map((p) => p.name).sort()).toEqual(['S3_BUCKET', 'S3_REGION']);
    expect(problemsOf({ STORAGE_DRIVER: 's3' })[0]!.message).toMatch(/required when STORAGE_DRIVER=s3/);
    const { S3_SECRET_ACCESS_KEY: _secret, ...withoutSecret } = r2;
    void _secret;
    expect(problemsOf(withoutSecret)).toEqual([{ name: 'S3_SECRET_ACCESS_KEY', message: expect.stringMatching(/together/) }]);
  });

  it('rejects malformed values with a sentence that says what is expected', () => {
    const names = (source: Record<string, string>) => problemsOf({ ...r2, ...source }).map((p) => p.name);
    expect(names({ STORAGE_DRIVER: 'S3' })).toEqual(['STORAGE_DRIVER']);
    expect(names({ S3_BUCKET: 'My_Bucket' })).toEqual(['S3_BUCKET']);
    expect(names({ S3_BUCKET: 'ab' })).toEqual(['S3_BUCKET']);
    expect(names({ S3_ENDPOINT: 'ftp://example.com' })).toEqual(['S3_ENDPOINT']);
    expect(names({ S3_ENDPOINT: 'not a url' })).toEqual(['S3_ENDPOINT']);
    expect(names({ S3_FORCE_PATH_STYLE: 'yes' })).toEqual(['S3_FORCE_PATH_STYLE']);
    expect(names({ S3_KEY_PREFIX: '/absolute/' })).toEqual(['S3_KEY_PREFIX']);
    expect(names({ S3_KEY_PREFIX: 'no-slash' })).toEqual(['S3_KEY_PREFIX']);
    expect(names({ S3_KEY_PREFIX: '../up/' })).toEqual(['S3_KEY_PREFIX']);
    expect(names({ S3_KEY_PREFIX: 'v1.2/media/' })).toEqual([]);
    expect(problemsOf({ ...r2, S3_BUCKET: 'My_Bucket' })[0]!.message).toMatch(/lowercase/);
  });
});
