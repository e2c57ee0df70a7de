// A Meta `signed_request` as the Deauthorize and Data Deletion callbacks receive it
// (meta-platform.md §f): base64url(HMAC-SHA256(app secret, encoded payload)) + '.' + encoded payload.
// Used by the simulator and tests to play Meta for any user id (the shared fixture covers one).
import { createHmac } from 'node:crypto';

export function signSignedRequest(payload: { user_id: string; issued_at?: number; [key: string]: unknown }, secret: string): string {
  const encoded = Buffer.from(JSON.stringify({ algorithm: 'HMAC-SHA256', issued_at: Math.floor(Date.now() / 1000), ...payload })).toString('base64url');
  const signature = createHmac('sha256', secret).update(encoded).digest('base64url');
  return `${signature}.${encoded}`;
}
