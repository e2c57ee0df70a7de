// GET /api/webhooks/meta – Meta's verification handshake (hub.challenge).
// POST /api/webhooks/meta – signed Instagram/Messenger/WhatsApp webhooks: verify, store, enqueue, 200.
import { handleWebhookPost, handleWebhookVerification } from '@/lib/meta/webhooks/handle-webhook-post';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  return handleWebhookVerification(new URL(request.url));
}

export async function POST(request: Request): Promise<Response> {
  return handleWebhookPost(request);
}
