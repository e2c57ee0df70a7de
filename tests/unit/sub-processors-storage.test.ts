// With STORAGE_DRIVER=s3 the bucket's operator holds every media file, so the Privacy Policy
// lists it; local disk is the hosting provider, already listed.
import { describe, expect, it } from 'vitest';
import { deriveSubProcessors } from '@/lib/legal/sub-processors';

const hosting = { hostingProvider: 'Hetzner Online GmbH', hostingRegion: 'Germany' };
const names = (source: Record<string, string>) => deriveSubProcessors(source, hosting).map((p) => p.name);

describe('object storage sub-processor', () => {
  it('is not listed for local disk storage', () => {
    expect(names({})).toHaveLength(2);
    expect(names({ STORAGE_DRIVER: 'local', S3_BUCKET: 'x' })).toHaveLength(2);
  });

  it('names AWS, Cloudflare R2 or the endpoint host, with the location', () => {
    const aws = deriveSubProcessors({ STORAGE_DRIVER: 's3', S3_BUCKET: 'media', S3_REGION: 'eu-central-1' }, hosting).at(-1);
    expect(aws).toMatchObject({ name: 'Amazon Web Services EMEA SARL (Amazon S3)', location: 'AWS region eu-central-1' });
    expect(names({ STORAGE_DRIVER: 's3', S3_ENDPOINT: 'https://acc.r2.cloudflarestorage.com', S3_REGION: 'auto' })).toContain('Cloudflare, Inc. (R2)');
    expect(names({ STORAGE_DRIVER: 's3', S3_ENDPOINT: 'https://s3.eu-west-1.amazonaws.com', S3_REGION: 'eu-west-1' })).toContain('Amazon Web Services EMEA SARL (Amazon S3)');
    expect(names({ STORAGE_DRIVER: 's3', S3_ENDPOINT: 'http://minio.internal:9000', S3_REGION: 'us-east-1' })).toContain('Object storage at minio.internal');
  });
});
