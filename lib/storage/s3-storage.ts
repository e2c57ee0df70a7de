// Media and uploads in an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO…), so any number
// of web and worker processes on any machine read and write the same files.
// Reads stream the object body straight through (ranges become S3 range requests); a Readable
// given to put() is uploaded in parts, so a large file is never held in memory whole.
import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand, CompleteMultipartUploadCommand, CreateMultipartUploadCommand, DeleteObjectCommand, DeleteObjectsCommand,
  GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException, UploadPartCommand,
} from '@aws-sdk/client-s3';
import type { Storage, StoredObject } from './storage';
import { assertStorageKey } from './storage-key';
import { streamParts } from './stream-parts';

export type S3StorageOptions = {
  bucket: string;
  region: string;
  /** Unset for AWS; the endpoint of R2, MinIO or another S3-compatible store. */
  endpoint?: string;
  forcePathStyle?: boolean;
  /** Unset: the AWS SDK's default chain (AWS_* variables, instance or task role…). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  keyPrefix?: string;
  /** Multipart part size for streamed uploads (S3's minimum is 5 MiB). */
  partSizeBytes?: number;
  /** DeleteObjects takes at most 1000 keys per request. */
  deleteBatchSize?: number;
};

const MiB = 1024 * 1024;

export class S3Storage implements Storage {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly keyPrefix: string;
  private readonly partSize: number;
  private readonly deleteBatchSize: number;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.keyPrefix = options.keyPrefix ?? '';
    this.partSize = Math.max(options.partSizeBytes ?? 8 * MiB, 5 * MiB);
    this.deleteBatchSize = Math.min(Math.max(options.deleteBatchSize ?? 1000, 1), 1000);
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle ?? false,
      credentials: options.credentials,
      // The SDK's default since 2025 adds CRC32 checksums (and aws-chunked bodies for streams)
      // to every upload; several S3-compatible stores reject or mishandle them. Only send
      // checksums where the API requires them (DeleteObjects) — S3 checks Content-MD5/length anyway.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // Fail fast on a store that does not answer; a slow body is fine while bytes keep coming.
      // Every media response being streamed to a browser holds a socket until the browser has
      // read it, so allow more than the SDK's default 50 per process.
      requestHandler: {
        connectionTimeout: 5_000,
        requestTimeout: 60_000,
        httpAgent: { keepAlive: true, maxSockets: 256 },
        httpsAgent: { keepAlive: true, maxSockets: 256 },
      },
    });
  }

  private objectKey(key: string): string {
    assertStorageKey(key);
    return `${this.keyPrefix}${key}`;
  }

  /** A Buffer is one PutObject; a Readable (of unknown length) is a multipart upload. */
  async put(key: string, bytes: Buffer | Uint8Array | Readable, options: { contentType: string }): Promise<void> {
    const Key = this.objectKey(key);
    if (!(bytes instanceof Readable)) {
      await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key, Body: bytes, ContentType: options.contentType, ContentLength: bytes.byteLength }));
      return;
    }
    let upload: string | undefined;
    const parts: { ETag: string; PartNumber: number }[] = [];
    try {
      for await (const part of streamParts(bytes, this.partSize)) {
        // A body that fits one part is one PutObject: no multipart upload left behind.
        if (!upload && part.last) {
          await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key, Body: part.bytes, ContentType: options.contentType, ContentLength: part.bytes.length }));
          return;
        }
        upload ??= (await this.client.send(new CreateMultipartUploadCommand({ Bucket: this.bucket, Key, ContentType: options.contentType }))).UploadId;
        const PartNumber = parts.length + 1;
        const { ETag } = await this.client.send(new UploadPartCommand({ Bucket: this.bucket, Key, UploadId: upload, PartNumber, Body: part.bytes, ContentLength: part.bytes.length }));
        parts.push({ ETag: ETag!, PartNumber });
      }
      await this.client.send(new CompleteMultipartUploadCommand({ Bucket: this.bucket, Key, UploadId: upload, MultipartUpload: { Parts: parts } }));
    } catch (error) {
      // Abandoned parts are billed until aborted (or a lifecycle rule removes them).
      if (upload) await this.client.send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key, UploadId: upload })).catch(() => {});
      throw error;
    }
  }

  async get(key: string, range?: { start: number; end: number }): Promise<Readable> {
    const response = await this.client.send(new GetObjectCommand({
      Bucket: this.bucket, Key: this.objectKey(key), Range: range ? `bytes=${range.start}-${range.end}` : undefined,
    }));
    const body = response.Body;
    if (!(body instanceof Readable)) throw new Error('The object store returned no readable body');
    // A store that ignores Range would answer 200 with the whole object: never pass that off as the range.
    if (range && !response.ContentRange?.startsWith(`bytes ${range.start}-${range.end}/`)) {
      body.destroy();
      throw new Error(`The object store did not honour the byte range ${range.start}-${range.end}`);
    }
    return body;
  }

  async stat(key: string): Promise<StoredObject | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return { sizeBytes: head.ContentLength ?? 0, contentType: head.ContentType ?? null };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  /** Deleting a key that does not exist succeeds (S3 semantics, like rm -f). */
  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }

  async deleteMany(keys: string[]): Promise<number> {
    const objectKeys = [...new Set(keys)].map((key) => this.objectKey(key));
    for (let i = 0; i < objectKeys.length; i += this.deleteBatchSize) {
      const batch = objectKeys.slice(i, i + this.deleteBatchSize);
      const result = await this.client.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }));
      // Quiet mode lists only failures. Throw, so the job retries (deleting again is harmless).
      if (result.Errors?.length) {
        const first = result.Errors[0]!;
        throw new Error(`The object store could not delete ${result.Errors.length} of ${batch.length} files (first: ${first.Code ?? 'error'} ${first.Message ?? ''})`.trim());
      }
    }
    return objectKeys.length;
  }

  /** Closes the HTTP agent's sockets (tests and graceful shutdown). */
  destroy(): void {
    this.client.destroy();
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.$metadata.httpStatusCode === 404 || error.name === 'NotFound' || error.name === 'NoSuchKey');
}
