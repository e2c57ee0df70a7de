// Meta's signed_request (deauthorize and data-deletion callbacks) for tests: signed like Meta
// does, with the test app secret, issued now unless said otherwise (they expire after an hour).
import { createHmac } from 'node:crypto';

export const TEST_SIGNED_REQUEST_SECRET = 'test_app_secret_0123456789abcdef';

export function signSignedRequest(payload: Record<string, unknown>, secret = TEST_SIGNED_REQUEST_SECRET): string {
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${createHmac('sha256', secret).update(encoded).digest('base64url')}.${encoded}`;
}

/** The form body Meta posts: `signed_request=…` for `userId`, issued at `issuedAt` (default: now). */
export function signedRequestBody(userId: string, issuedAt = new Date()): string {
  const signed = signSignedRequest({ algorithm: 'HMAC-SHA256', expires: 0, issued_at: Math.floor(issuedAt.getTime() / 1000), user_id: userId });
  return `signed_request=${encodeURIComponent(signed)}`;
}
