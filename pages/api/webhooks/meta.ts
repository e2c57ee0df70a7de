// GET /api/webhooks/meta – Meta's verification handshake (hub.challenge).
// POST /api/webhooks/meta – signed Instagram/Messenger/WhatsApp webhooks: verify, store, enqueue, 200.
//
// In production `npm start` (scripts/server.ts) answers this path itself before Next's router,
// with the same function; this route is what `next dev` serves, and what production falls back
// to for spellings the server leaves to Next (e.g. a trailing slash, which Next redirects).
// A Pages API route rather than an App Router route handler: the Node request is read directly,
// without wrapping it in a web Request and stream (docs/architecture.md "Webhooks and processing").
import type { NextApiRequest, NextApiResponse } from 'next';
import { serveMetaWebhook } from '@/lib/meta/webhooks/serve-meta-webhook';

// The signature covers the raw bytes: Next must not parse (or re-encode) the body.
export const config = { api: { bodyParser: false, responseLimit: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse): Promise<void> {
  await serveMetaWebhook(req, res);
}
