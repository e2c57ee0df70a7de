// POST /api/webhooks/stripe, all of it: size limit → Stripe's signature over the raw bytes with
// the standard 300 s tolerance (stripe.webhooks.constructEvent) → store the event under its id →
// queue it → 200. Nothing is acknowledged before it is stored; a redelivered id is recognised and
// not processed again; unsigned, mis-signed and stale (replayed) deliveries get 400 and change nothing.
import Stripe from 'stripe';
import { z } from 'zod';
import { isAppError } from '../../errors';
import { enqueue } from '../../jobs/enqueue';
import { logger } from '../../logger';
import { readBodyLimited } from '../../meta/webhooks/read-body-limited';
import { billingConfig } from '../billing-config';
import { storeStripeEvent } from './store-stripe-event';

export const STRIPE_WEBHOOK_TOLERANCE_SECONDS = 300;
const MAX_BYTES = 1024 * 1024; // Stripe's event payloads are far smaller

const envelopeSchema = z.object({
  id: z.string().regex(/^evt_[A-Za-z0-9_]+$/),
  type: z.string().min(1).max(100),
  created: z.number().int().positive(),
  livemode: z.boolean(),
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

export async function receiveStripeWebhook(request: Request): Promise<Response> {
  let bytes: Uint8Array;
  try {
    bytes = await readBodyLimited(request, MAX_BYTES);
  } catch (error) {
    if (isAppError(error) && error.code === 'payload_too_large') return answer(413, { error: 'payload_too_large', message: error.message });
    return answer(400, { error: 'bad_request', message: 'Could not read the request body.' });
  }
  const signature = request.headers.get('stripe-signature');
  if (!signature) return answer(400, { error: 'bad_signature', message: 'Missing Stripe-Signature header.' });
  const rawBody = new TextDecoder('utf-8').decode(bytes);
  let event: Stripe.Event;
  try {
    // Over the exact bytes received (a re-serialised body would not match the signature).
    event = Stripe.webhooks.constructEvent(Buffer.from(bytes), signature, billingConfig().webhookSecret, STRIPE_WEBHOOK_TOLERANCE_SECONDS);
  } catch (error) {
    const stale = /timestamp outside the tolerance zone/i.test((error as Error).message);
    logger.warn({ bytes: bytes.byteLength, stale }, 'stripe webhook refused: signature invalid or stale');
    return answer(400, { error: 'bad_signature', message: stale ? 'Signature timestamp is older than 300 seconds (replayed or delayed delivery).' : 'Webhook signature verification failed.' });
  }
  const envelope = envelopeSchema.safeParse(event);
  if (!envelope.success) return answer(400, { error: 'bad_request', message: 'Not a Stripe event.' });

  const stored = await storeStripeEvent({ id: envelope.data.id, type: envelope.data.type, livemode: envelope.data.livemode, createdAt: new Date(envelope.data.created * 1000), rawBody });
  if (stored.needsProcessing) {
    // If queueing fails we answer 500: Stripe redelivers, and the stored row is queued again then.
    await enqueue('process-stripe-event', { eventId: envelope.data.id }, { singletonKey: envelope.data.id });
  }
  return answer(200, { received: true, duplicate: !stored.inserted });
}
