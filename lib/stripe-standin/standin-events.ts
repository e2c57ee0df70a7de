// Webhook events of the stand-in, signed exactly as Stripe signs them
// (`Stripe-Signature: t=…,v1=HMAC-SHA256("t.payload", whsec)`, produced by the SDK's own
// generateTestHeaderString) and POSTed to /api/webhooks/stripe a moment after the change, as
// Stripe does. Like the Meta simulator's status callbacks these are timers, not jobs: they
// simulate Stripe, and a lost delivery is what a flaky Stripe looks like (redeliver from /dev/stripe).
// Tests switch delivery to "manual" and post the queued events themselves, in any order.
import Stripe from 'stripe';
import { billingConfig } from '../billing/billing-config';
import { env } from '../env';
import { logger } from '../logger';
import { getSimRecord, listSimRecords, pruneSimRecords, putSimRecord } from '../meta-simulator/simulator-store';
import { eventObject } from './standin-objects';
import type { Json, StripeObject } from './standin-store';

export type StandInDelivery = { at: string; status: number; body: string };
export type StandInEventRecord = { event: StripeObject; deliveries: StandInDelivery[] };

type Mode = 'auto' | 'manual';
const state = globalThis as unknown as { relaydeskStripeStandIn?: { mode: Mode; queued: StripeObject[]; chain: Promise<void> } };
const delivery = () => (state.relaydeskStripeStandIn ??= { mode: 'auto', queued: [], chain: Promise.resolve() });

/** Tests: "manual" keeps events in a queue (takeStandInEvents) instead of posting them. */
export function setStandInDeliveryMode(mode: Mode): void {
  delivery().mode = mode;
  delivery().queued = [];
}

export function takeStandInEvents(): StripeObject[] {
  const queued = delivery().queued;
  delivery().queued = [];
  return queued;
}

/** The exact bytes and header Stripe would send for an event (timestamp = now unless given). */
export function signStandInEvent(event: StripeObject, options: { timestamp?: number; secret?: string } = {}): { payload: string; signature: string } {
  const payload = JSON.stringify(event, null, 2);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? billingConfig().webhookSecret, timestamp: options.timestamp });
  return { payload, signature };
}

export async function emitStandInEvent(type: string, object: StripeObject, previousAttributes?: { [key: string]: Json }): Promise<StripeObject> {
  const event = eventObject(type, object, previousAttributes);
  await putSimRecord('stripe_event', event.id, { event, deliveries: [] } satisfies StandInEventRecord);
  await pruneSimRecords('stripe_event', 500);
  const d = delivery();
  if (d.mode === 'manual') d.queued.push(event);
  else queueDelivery(event.id);
  return event;
}

/** One delivery chain per process keeps events in the order they happened (Stripe does not promise it, but it is the usual case). */
function queueDelivery(eventId: string, delayMs = 150): void {
  const d = delivery();
  d.chain = d.chain
    .then(() => new Promise<void>((resolve) => setTimeout(resolve, delayMs).unref?.()))
    .then(() => deliverStandInEvent(eventId))
    .then(() => undefined)
    .catch((error: unknown) => logger.warn({ err: error, eventId }, 'stripe stand-in could not deliver an event'));
}

/** POSTs a stored event to the app's webhook endpoint and records the answer (also "Resend" on /dev/stripe). */
export async function deliverStandInEvent(eventId: string): Promise<StandInDelivery | null> {
  const record = await getSimRecord<StandInEventRecord>('stripe_event', eventId);
  if (!record) return null;
  const { payload, signature } = signStandInEvent(record.event);
  const url = `${env().APP_URL.replace(/\/$/, '')}/api/webhooks/stripe`;
  let result: StandInDelivery;
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signature }, body: payload, signal: AbortSignal.timeout(15_000) });
    result = { at: new Date().toISOString(), status: response.status, body: (await response.text()).slice(0, 500) };
  } catch (error) {
    result = { at: new Date().toISOString(), status: 0, body: `Could not reach ${url}: ${(error as Error).message}` };
  }
  const latest = (await getSimRecord<StandInEventRecord>('stripe_event', eventId)) ?? record;
  await putSimRecord('stripe_event', eventId, { ...latest, deliveries: [...latest.deliveries, result].slice(-10) });
  return result;
}

export async function listStandInEvents(take = 50): Promise<StandInEventRecord[]> {
  return (await listSimRecords<StandInEventRecord>('stripe_event', { take })).map((r) => r.data);
}
