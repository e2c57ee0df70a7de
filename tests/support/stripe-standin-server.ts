// The Stripe stand-in on a local port for integration tests: the real `stripe` SDK reaches it
// through STRIPE_API_BASE (set before any lib module reads env()), exactly as it reaches the app's
// /v1 route in development. Webhooks are switched to "manual" so a test posts them itself.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { POST as postStripeWebhook } from '@/app/api/webhooks/stripe/route';
import { handleStandInRequest } from '@/lib/stripe-standin/handle-standin-request';
import { setStandInDeliveryMode, signStandInEvent, takeStandInEvents } from '@/lib/stripe-standin/standin-events';
import type { StripeObject } from '@/lib/stripe-standin/standin-store';
import { processStripeEvent } from '@/lib/billing/webhooks/process-stripe-event';
import { logger } from '@/lib/logger';

export async function startStripeStandIn() {
  const server = createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const headers = new Headers(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : [])));
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      const request = new Request(url, { method: req.method, headers, body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body });
      const segments = url.pathname.replace(/^\/v1\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
      const response = await handleStandInRequest(request, segments);
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    })().catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.STRIPE_API_BASE = url;
  setStandInDeliveryMode('manual');
  return { url, server, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Posts an event to /api/webhooks/stripe signed like Stripe (or however `sign` says). */
export async function postStripeEvent(event: StripeObject, sign: { timestamp?: number; secret?: string; tamper?: boolean } = {}): Promise<Response> {
  const { payload, signature } = signStandInEvent(event, sign);
  const body = sign.tamper ? payload.replace('"livemode": false', '"livemode": true') : payload;
  return postStripeWebhook(new Request('http://localhost:3000/api/webhooks/stripe', { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body }));
}

/** Delivers every queued stand-in event (in the given order) and runs the processing job on each. */
export async function deliverStandInEvents(events: StripeObject[] = takeStandInEvents()): Promise<StripeObject[]> {
  for (const event of events) {
    const response = await postStripeEvent(event);
    if (response.status !== 200) throw new Error(`webhook answered ${response.status}: ${await response.text()}`);
    await processStripeEvent({ eventId: event.id, attempt: 1, maxAttempts: 9, log: logger });
  }
  return events;
}

export { takeStandInEvents };
