import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Cal.com signs each delivery with `X-Cal-Signature-256: <hex>` = HMAC-SHA256 of the raw body
 * keyed with the webhook's secret (no `sha256=` prefix; tolerated anyway). Compared in constant
 * time over the bytes as received, never re-serialised JSON.
 */
export function verifyCalcomSignature(rawBody: Uint8Array, header: string | null, secret: string | undefined): boolean {
  if (!header || !secret) return false;
  const hex = header.trim().replace(/^sha256=/, '');
  if (!/^[0-9a-f]{64}$/i.test(hex)) return false;
  const given = Buffer.from(hex, 'hex');
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}
