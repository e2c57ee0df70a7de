// Meta's `signed_request` (Deauthorize and Data Deletion callbacks, meta-platform.md §f):
// `<b64url sig>.<b64url payload>`, sig = HMAC-SHA256(app secret, the ENCODED payload string).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

const payloadSchema = z.looseObject({
  algorithm: z.string(),
  user_id: z.union([z.string(), z.number()]).transform(String),
  issued_at: z.number().optional(),
});

export type SignedRequestPayload = z.infer<typeof payloadSchema>;

/** null for anything malformed, wrongly signed or not HMAC-SHA256 — callers answer 400. */
export function parseSignedRequest(signedRequest: string | null | undefined, appSecret: string): SignedRequestPayload | null {
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
  return payload.data;
}
