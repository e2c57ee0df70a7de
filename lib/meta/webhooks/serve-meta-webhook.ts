// The Meta webhook endpoint on a Node request and response, for both ways a request reaches it:
// the production server answers it before Next's router (lib/server/create-web-server.ts), and
// `next dev` serves it as a Pages API route (pages/api/webhooks/meta.ts). One function, so the
// two cannot drift: 405 for other methods, 413 past the size limit, 401 for a bad signature,
// 200 only after the delivery committed.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { answerNodeWebhookPost, answerWebhookVerification } from './handle-webhook-post';

export const META_WEBHOOK_PATH = '/api/webhooks/meta';

/** True for exactly `/api/webhooks/meta`, with or without a query (anything else is Next's to route). */
export function isMetaWebhookUrl(url: string | undefined): boolean {
  if (!url?.startsWith(META_WEBHOOK_PATH)) return false;
  const rest = url.length - META_WEBHOOK_PATH.length;
  return rest === 0 || url.charCodeAt(META_WEBHOOK_PATH.length) === 63; // '?'
}

/** Answers one request; `headers` are added to every answer (the production server's security headers). */
export async function serveMetaWebhook(req: IncomingMessage, res: ServerResponse, headers: OutgoingHttpHeaders = {}): Promise<void> {
  if (req.method !== 'POST' && req.method !== 'GET') {
    res.writeHead(405, { ...headers, allow: 'GET, POST', 'content-length': 0 }).end();
    return;
  }
  const answer = req.method === 'POST' ? await answerNodeWebhookPost(req) : answerWebhookVerification(new URL(req.url ?? '/', 'http://localhost').searchParams);
  // An oversize body is not read to its end: close the connection instead of draining it.
  res
    .writeHead(answer.status, { ...headers, 'content-type': answer.contentType, 'content-length': Buffer.byteLength(answer.body), ...(answer.status === 413 ? { connection: 'close' } : {}) })
    .end(answer.body);
}
