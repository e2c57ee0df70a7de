// POST /api/webhooks/stripe – Stripe's signed billing events: verify (300 s tolerance), store by
// event id, queue for processing, 200. 400 for anything unsigned, mis-signed or stale.
import { receiveStripeWebhook } from '@/lib/billing/webhooks/receive-stripe-webhook';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  return receiveStripeWebhook(request);
}
