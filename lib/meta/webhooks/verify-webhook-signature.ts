import { createHmac, timingSafeEqual } from 'node:crypto';

// Exactly what Meta sends and nothing else: Buffer.from(hex) stops quietly at the first non-hex
// character, so a looser parse accepted `sha256=<valid digest>junk`.
const SIGNATURE_HEADER = /^sha256=([0-9a-fA-F]{64})$/;

/**
 * `X-Hub-Signature-256: sha256=<hex>` is HMAC-SHA256 of the raw body bytes keyed with the App
 * Secret; compare in constant time and never over re-serialised JSON (meta-platform.md §a).
 */
export function verifyWebhookSignature(rawBody: Uint8Array, header: string | null, appSecret: string | undefined): boolean {
  if (!header || !appSecret) return false;
  const match = SIGNATURE_HEADER.exec(header);
  if (!match) return false;
  const given = Buffer.from(match[1]!, 'hex');
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return timingSafeEqual(given, expected);
}
