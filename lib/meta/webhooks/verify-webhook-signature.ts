import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * `X-Hub-Signature-256: sha256=<hex>` is HMAC-SHA256 of the raw body bytes keyed with the App
 * Secret; compare in constant time and never over re-serialised JSON (meta-platform.md §a).
 */
export function verifyWebhookSignature(rawBody: Uint8Array, header: string | null, appSecret: string | undefined): boolean {
  if (!header || !appSecret || !header.startsWith('sha256=')) return false;
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  // timingSafeEqual throws on unequal lengths; a short or non-hex header is simply invalid.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
