// The stand-in's HTTP API: what api.stripe.com answers for the calls Relaydesk makes, reached by
// the real SDK through host/port/protocol. Bearer key check, Stripe's form encoding, Idempotency-Key
// replay, Stripe's error envelope and a request id on every answer. Served by the app at /v1/*
// (next.config.ts rewrites it to /api/dev/stripe; 404 in production) and by tests' own server.
import { createHash } from 'node:crypto';
import { billingConfig } from '../billing/billing-config';
import { logger } from '../logger';
import { getSimRecord, insertSimRecordOnce } from '../meta-simulator/simulator-store';
import { decodeStripeForm } from './decode-stripe-form';
import { handleCheckoutSessions } from './handlers/checkout-sessions';
import { handleCustomers } from './handlers/customers';
import { handleInvoices, handlePrices } from './handlers/invoices-and-prices';
import { handlePortalSessions } from './handlers/portal-sessions';
import type { StandInRequest, StandInResult } from './handlers/standin-request';
import { handleSubscriptions } from './handlers/subscriptions';
import { StandInError } from './standin-errors';
import { standInId } from './standin-ids';
import { STANDIN_API_VERSION } from './standin-objects';

type Route = (req: StandInRequest) => Promise<StandInResult | null>;

const routes: Record<string, Route> = {
  customers: handleCustomers,
  checkout: (req) => (req.path[1] === 'sessions' ? handleCheckoutSessions(req) : Promise.resolve(null)),
  billing_portal: (req) => (req.path[1] === 'sessions' ? handlePortalSessions(req) : Promise.resolve(null)),
  subscriptions: handleSubscriptions,
  invoices: handleInvoices,
  prices: handlePrices,
};

type Stored = { fingerprint: string; status: number; body: unknown };

function json(status: number, body: unknown, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'request-id': standInId('req'), 'stripe-version': STANDIN_API_VERSION, 'cache-control': 'no-store', ...extra },
  });
}

function maskedKey(key: string): string {
  return key.length > 8 ? `${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}` : '****';
}

/** `segments` is the path after /v1/, e.g. ["checkout", "sessions"]. */
export async function handleStandInRequest(request: Request, segments: string[]): Promise<Response> {
  const auth = request.headers.get('authorization') ?? '';
  const key = /^Bearer (.+)$/.exec(auth)?.[1];
  if (!key) return json(401, new StandInError(401, 'invalid_request_error', 'You did not provide an API key. Use the Authorization header: Bearer sk_…').body());
  if (key !== billingConfig().secretKey) {
    return json(401, new StandInError(401, 'invalid_request_error', `Invalid API Key provided: ${maskedKey(key)}`, 'api_key_invalid').body());
  }

  const url = new URL(request.url);
  const raw = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.text();
  const params = decodeStripeForm(new URLSearchParams([...url.searchParams, ...new URLSearchParams(raw)]));
  const req: StandInRequest = { method: request.method, path: segments, params };

  // Idempotency: the same key and the same request answer the same thing; another request with a used key is refused.
  const idempotencyKey = request.method === 'POST' ? request.headers.get('idempotency-key') : null;
  const fingerprint = createHash('sha256').update(`${request.method} ${segments.join('/')} ${raw}`).digest('hex');
  const idemKey = idempotencyKey ? `${createHash('sha256').update(key).digest('hex').slice(0, 16)}:${idempotencyKey}` : null;
  if (idemKey) {
    const seen = await getSimRecord<Stored>('stripe_idempotency', idemKey);
    if (seen) {
      if (seen.fingerprint !== fingerprint) {
        return json(400, new StandInError(400, 'idempotency_error', `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`).body());
      }
      return json(seen.status, seen.body, { 'idempotent-replayed': 'true' });
    }
  }

  let status: number;
  let body: unknown;
  try {
    const route = routes[segments[0] ?? ''];
    const result = route ? await route(req) : null;
    if (!result) throw new StandInError(404, 'invalid_request_error', `Unrecognized request URL (${request.method}: /v1/${segments.join('/')}). The Stripe stand-in serves only the calls Relaydesk makes.`);
    status = result.status ?? 200;
    body = result.body;
  } catch (error) {
    if (!(error instanceof StandInError)) {
      logger.error({ err: error }, 'stripe stand-in failed');
      error = new StandInError(500, 'api_error', 'An unknown error occurred in the Stripe stand-in.');
    }
    const e = error as StandInError;
    status = e.status;
    body = e.body();
  }
  // Stripe stores 4xx answers for the key too (5xx may be retried with the same key).
  if (idemKey && status < 500) await insertSimRecordOnce('stripe_idempotency', idemKey, { fingerprint, status, body } satisfies Stored);
  return json(status, body);
}
