import { createHmac } from 'node:crypto';

/** X-Hub-Signature-256 over the exact body bytes (meta-platform.md §a). */
export function signWebhookBody(body: string | Uint8Array, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}
