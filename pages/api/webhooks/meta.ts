// GET /api/webhooks/meta – Meta's verification handshake (hub.challenge).
// POST /api/webhooks/meta – signed Instagram/Messenger/WhatsApp webhooks: verify, store, enqueue, 200.
//
// A Pages API route rather than an App Router route handler, for speed: Meta delivers in bursts
// and this is the hottest endpoint. Next's App Router wraps every request in a web Request and
// streams (≈ 2× the CPU of the whole intake); here the Node request is read directly
// (docs/architecture.md "Webhooks and processing", docs/benchmarks.md "Webhook ingest").
import type { NextApiRequest, NextApiResponse } from 'next';
import { answerNodeWebhookPost, answerWebhookVerification } from '@/lib/meta/webhooks/handle-webhook-post';

// The signature covers the raw bytes: Next must not parse (or re-encode) the body.
export const config = { api: { bodyParser: false, responseLimit: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse): Promise<void> {
  if (req.method !== 'POST' && req.method !== 'GET') {
    res.statusCode = 405;
    res.setHeader('allow', 'GET, POST');
    res.end();
    return;
  }
  const answer = req.method === 'POST' ? await answerNodeWebhookPost(req) : answerWebhookVerification(new URL(req.url ?? '/', 'http://localhost').searchParams);
  // An oversize body is not read to its end: close the connection instead of draining it.
  if (answer.status === 413) res.setHeader('connection', 'close');
  res.statusCode = answer.status;
  res.setHeader('content-type', answer.contentType);
  res.end(answer.body);
}
