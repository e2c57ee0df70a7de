// Meta's `signed_request` (Deauthorize and Data Deletion callbacks, meta-platform.md §f):
// `<b64url sig>.<b64url payload>`, sig = HMAC-SHA256(app secret, the ENCODED payload string).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

const payloadSchema = z.looseObject({
  algorithm: z.string(),
  user_id: z.union([z.string(), z.number()]).transform(String),
  /** Unix seconds; Meta signs it into every signed_request. */
  issued_at: z.number().int().positive(),
});

export type SignedRequestPayload = z.infer<typeof payloadSchema>;

/**
 * A signed_request never expires by itself, so a captured one (a log line, a proxy) could be
 * replayed for ever to disconnect channels or delete data again. Meta calls us right after
 * signing; an hour covers retries and clock drift, and 5 minutes of skew the other way.
 */
export const SIGNED_REQUEST_MAX_AGE_SECONDS = 60 * 60;
const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** null for anything malformed, wrongly signed, not HMAC-SHA256 or not fresh — callers answer 400. */
export function parseSignedRequest(signedRequest: string | null | undefined, appSecret: string, now = new Date()): SignedRequestPayload | null {
  if (!signedRequest || signedRequest.length > 8192) return null;
  const parts = signedRequest.split('.');
  if (parts.length !== 2) return null;
  const [encodedSig, encodedPayload] = parts as [string, string];
  const base64url = /^[A-Za-z0-9_-]+={0,2}$/;
  if (!base64url.test(encodedSig) || !base64url.test(encodedPayload)) return null;
  // Node's base64url decoder accepts missing padding, which is how Meta sends it.
  const given = Buffer.from(encodedSig, 'base64url');
  const expected = createHmac('sha256', appSecret).update(encodedPayload).digest();
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(encodedPayload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const payload = payloadSchema.safeParse(json);
  if (!payload.success || payload.data.algorithm.toUpperCase() !== 'HMAC-SHA256') return null;
  const age = now.getTime() / 1000 - payload.data.issued_at;
  if (age > SIGNED_REQUEST_MAX_AGE_SECONDS || age < -MAX_CLOCK_SKEW_SECONDS) return null;
  return payload.data;
}
