import { randomBytes } from 'node:crypto';

// Random bytes are drawn 8 KB at a time: one call per 512 ids instead of one per id (the webhook
// intake makes two or more per request). Each id takes its own 16 bytes, never reused.
const POOL_BYTES = 16 * 512;
let pool = Buffer.alloc(0);
let offset = 0;

/**
 * A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Matches the database's
 * `uuid(7)` defaults for ids we must know before the row exists (e.g. an email's id travels in
 * its job payload so a re-run can tell the email was already delivered).
 */
export function generateUuidV7(now = Date.now()): string {
  if (offset + 16 > pool.length) {
    pool = randomBytes(POOL_BYTES);
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + 16);
  offset += 16;
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
