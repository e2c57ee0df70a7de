// Where media and uploads are stored, as env variables: local disk (the default, one machine)
// or any S3-compatible object store (AWS S3, Cloudflare R2, MinIO…) for several machines.
// Kept apart so lib/env.ts validates them and lib/storage reads them without a cycle.
import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .optional()
  .transform((v) => v === 'true' || v === '1');

export const storageEnvShape = {
  STORAGE_DRIVER: z.enum(['local', 's3'], { message: 'must be local (files under STORAGE_DIR) or s3 (an S3-compatible bucket)' }).default('local'),
  STORAGE_DIR: z.string().default('.data/storage'),
  // AWS's bucket naming rules, which R2 and MinIO share.
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name: 3–63 lowercase letters, digits, dots and hyphens')
    .optional(),
  S3_REGION: z.string().regex(/^[a-z0-9-]+$/, 'must be a region such as eu-central-1 (auto for Cloudflare R2)').optional(),
  /** Unset for AWS S3; the endpoint URL for R2 (https://<account>.r2.cloudflarestorage.com), MinIO… */
  S3_ENDPOINT: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL such as https://<account>.r2.cloudflarestorage.com' }).optional(),
  S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().trim().min(1).optional(),
  /** Path-style URLs (endpoint/bucket/key) instead of bucket.endpoint/key: MinIO and most self-hosted stores need it. */
  S3_FORCE_PATH_STYLE: flag,
  /** Keys are stored under this prefix (e.g. relaydesk/), so one bucket can serve several deployments. */
  S3_KEY_PREFIX: z
    .string()
    .regex(/^(?:(?!\.+\/)[A-Za-z0-9._-]+\/)+$/, 'must be path segments ending with a slash, e.g. relaydesk/ or prod/media/')
    .optional(),
};

/** Rules across variables, reported with the other problems by parseEnv. */
export function storageEnvProblems(source: Record<string, string | undefined>): { name: string; message: string }[] {
  if (source.STORAGE_DRIVER !== 's3') return [];
  const problems: { name: string; message: string }[] = [];
  if (!source.S3_BUCKET) problems.push({ name: 'S3_BUCKET', message: 'required when STORAGE_DRIVER=s3: the bucket that holds media and uploads' });
  if (!source.S3_REGION) problems.push({ name: 'S3_REGION', message: 'required when STORAGE_DRIVER=s3: the bucket region (auto for Cloudflare R2, us-east-1 for most MinIO setups)' });
  // Both or neither: without them the AWS SDK's default chain applies (instance role, AWS_* variables…).
  if (Boolean(source.S3_ACCESS_KEY_ID) !== Boolean(source.S3_SECRET_ACCESS_KEY)) {
    const missing = source.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID';
    problems.push({ name: missing, message: 'set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY together (or neither, to use the AWS default credentials such as an instance role)' });
  }
  return problems;
}
