// Real checks for the routes the cross-tenant probe (tests/integration/cross-tenant-probe.test.ts)
// does not attack with B's ids because they hold no tenant data. Each check proves its route's
// claim, signed in as A's owner where a session matters: a route that only exists in
// development answers 404 in production; a signed callback refuses what is not signed; a route
// that takes no ids stores into A only; the stream never carries B's events. An exempt route
// without a check here fails the probe.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { expect, vi } from 'vitest';
import { COOKIE_POLICY_VERSION } from '@/lib/consent/cookie-policy-version';
import { db } from '@/lib/db';
import { createOAuthState } from '@/lib/meta/oauth/oauth-state';
import { recordInboxEvent } from '@/lib/realtime/record-inbox-event';
import { stubProductionEnv } from './production-env';
import { signedRequestBody } from './signed-request';
import { readSseEvents } from './sse-reader';

export type ProbeContext = {
  A: { workspaceId: string; ownerId: string };
  B: { workspaceId: string; ownerId: string; ownerEmail: string; channelId: string; contactId: string; labelId: string };
  /** A's owner signed in (session cookie and same-origin headers in the mocked request). */
  signInAsA(): Promise<void>;
  /** The request headers the mocked next/headers serves (same-origin, A's browser). */
  headers(): Headers;
  /** Everything of B the probe watches; must not change. */
  snapshotB(): Promise<unknown>;
};

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
const route = async (file: string, method = 'GET') => (await import(/* @vite-ignore */ path.resolve(file)))[method] as Handler;
const params = (value: Record<string, string | string[]> = {}) => ({ params: Promise.resolve(value) });
const leaksNothingOfB = (text: string, ctx: ProbeContext) => {
  for (const secret of [ctx.B.workspaceId, ctx.B.ownerEmail, ctx.B.channelId, 'B secret price', 'B agent v']) expect(text).not.toContain(secret);
};

/** Runs `check` with the app configured for production (dev tools off), then restores the test environment. */
async function inProduction(check: () => Promise<void>): Promise<void> {
  stubProductionEnv();
  // lib/env reads the environment once per module instance: fresh modules see production.
  vi.resetModules();
  try {
    await check();
  } finally {
    vi.unstubAllEnvs();
    vi.resetModules();
  }
}

/** A dev-tools route answers 404 in production, whatever it is asked. */
const devOnly = (file: string, method: string, url: string, routeParams: Record<string, string | string[]> = {}) => async (ctx: ProbeContext) => {
  await ctx.signInAsA();
  await inProduction(async () => {
    const response = await (await route(file, method))(new Request(url, { method, headers: ctx.headers(), ...(method === 'GET' ? {} : { body: '{}' }) }), params(routeParams));
    expect(response.status, `${method} ${file} in production`).toBe(404);
  });
};

/** A connect callback acts only for a state signed for this user and workspace. */
const connectCallback = (type: 'instagram' | 'messenger' | 'whatsapp') => async (ctx: ProbeContext) => {
  await ctx.signInAsA();
  const before = await ctx.snapshotB();
  const channels = await db.channel.count();
  const state = createOAuthState({ workspaceId: ctx.B.workspaceId, userId: ctx.B.ownerId, type });
  const query = new URLSearchParams({ code: 'probe-code', state, waba_id: '100000000000101', phone_number_id: '106540352242922' });
  const response = await (await route(`app/api/channels/${type}/callback/route.ts`))(new NextRequest(`http://localhost:3000/api/channels/${type}/callback?${query}`), params());
  expect(response.status).toBe(307);
  expect(Object.fromEntries(new URL(response.headers.get('location')!).searchParams)).toEqual({ error: 'state_foreign' });
  expect(await db.channel.count()).toBe(channels);
  expect(await ctx.snapshotB()).toEqual(before);
};

/** A Meta callback acts only on a fresh, validly signed signed_request. */
const metaCallback = (file: string) => async (ctx: ProbeContext) => {
  const before = await ctx.snapshotB();
  const deletions = await db.dataDeletionRequest.count();
  const stale = signedRequestBody('1000000000000001', new Date(Date.now() - 2 * 3_600_000));
  const forged = signedRequestBody('1000000000000001').replace(/signed_request=(.)/, (_m, c: string) => `signed_request=${c === 'A' ? 'B' : 'A'}`);
  for (const body of [stale, forged, 'signed_request=', '']) {
    const response = await (await route(file, 'POST'))(new NextRequest('http://localhost:3000/api/webhooks/meta/x', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } }), params());
    expect(response.status).toBe(400);
  }
  expect(await db.dataDeletionRequest.count()).toBe(deletions);
  expect(await ctx.snapshotB()).toEqual(before);
};

/** Runs `check` with the Stripe stand-in on a local port; modules imported inside see it (fresh modules). */
async function withStripeStandIn(check: () => Promise<void>): Promise<void> {
  vi.resetModules();
  const { startStripeStandIn } = await import('./stripe-standin-server');
  const standIn = await startStripeStandIn();
  try {
    await check();
  } finally {
    await standIn.close();
    delete process.env.STRIPE_API_BASE;
    vi.resetModules();
  }
}

/** A Stripe event about B's subscription, as Stripe would send it. */
const stripeEventAboutB = () => ({
  id: `evt_probe_${randomUUID().slice(0, 8)}`, object: 'event', type: 'customer.subscription.deleted', api_version: '2025-01-01', created: Math.floor(Date.now() / 1000), livemode: false,
  data: { object: { id: 'sub_probe_b', object: 'subscription', customer: 'cus_probe_b', status: 'canceled' } },
});

export const exemptRouteChecks: Record<string, (ctx: ProbeContext) => Promise<void>> = {
  'app/favicon.ico/route.ts': async (ctx) => {
    const response = await (await route('app/favicon.ico/route.ts'))(new Request('http://localhost:3000/favicon.ico'), params());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    const body = await response.text();
    expect(body).toContain('<svg');
    leaksNothingOfB(body, ctx);
  },

  'app/api/health/route.ts': async (ctx) => {
    const response = await (await route('app/api/health/route.ts'))(new Request('http://localhost:3000/api/health'), params());
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['database', 'queue', 'status']);
    leaksNothingOfB(JSON.stringify(body), ctx);
  },

  'app/api/public-page-rsc/route.ts': async () => {
    const response = await (await route('app/api/public-page-rsc/route.ts'))(new Request('http://localhost:3000/pricing'), params());
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  },

  'app/api/dev/mailbox/latest/route.ts': (ctx) => devOnly('app/api/dev/mailbox/latest/route.ts', 'GET', `http://localhost:3000/api/dev/mailbox/latest?to=${encodeURIComponent(ctx.B.ownerEmail)}`)(ctx),
  'app/api/dev/consent/[consentId]/route.ts': devOnly('app/api/dev/consent/[consentId]/route.ts', 'GET', 'http://localhost:3000/api/dev/consent/x', { consentId: randomUUID() }),
  'app/api/dev/test-trackers/[file]/route.ts': devOnly('app/api/dev/test-trackers/[file]/route.ts', 'GET', 'http://localhost:3000/api/dev/test-trackers/ga4.js', { file: 'ga4.js' }),
  'app/api/dev/meta/[...path]/route.ts': devOnly('app/api/dev/meta/[...path]/route.ts', 'GET', 'http://localhost:3000/api/dev/meta/console', { path: ['console'] }),

  'app/api/channels/instagram/callback/route.ts': connectCallback('instagram'),
  'app/api/channels/messenger/callback/route.ts': connectCallback('messenger'),
  'app/api/channels/whatsapp/callback/route.ts': connectCallback('whatsapp'),

  'app/api/webhooks/meta/deauthorize/route.ts': metaCallback('app/api/webhooks/meta/deauthorize/route.ts'),
  'app/api/webhooks/meta/data-deletion/route.ts': metaCallback('app/api/webhooks/meta/data-deletion/route.ts'),

  'app/api/webhooks/calcom/route.ts': async (ctx) => {
    const before = await ctx.snapshotB();
    const events = await db.capiEvent.count();
    const body = JSON.stringify({ triggerEvent: 'BOOKING_CREATED', payload: { uid: 'probe', attendees: [{ email: ctx.B.ownerEmail }] } });
    const response = await (await route('app/api/webhooks/calcom/route.ts', 'POST'))(new NextRequest('http://localhost:3000/api/webhooks/calcom', { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-cal-signature-256': '0'.repeat(64) } }), params());
    expect([401, 503]).toContain(response.status);
    expect(await db.capiEvent.count()).toBe(events);
    expect(await ctx.snapshotB()).toEqual(before);
    // CapiEvent is Relaydesk's own sales data: the table has no workspace column at all.
    const columns = await db.$queryRaw<{ column_name: string }[]>`select column_name from information_schema.columns where table_name = 'CapiEvent'`;
    expect(columns.map((c) => c.column_name)).not.toContain('workspaceId');
  },

  // The export reads the session's workspace only; B's ids in the filters match nothing of B.
  'app/api/contacts/export/route.ts': async (ctx) => {
    await ctx.signInAsA();
    const before = await ctx.snapshotB();
    const mine = await db.contact.create({ data: { workspaceId: ctx.A.workspaceId, channelId: (await db.channel.create({ data: { workspaceId: ctx.A.workspaceId, type: 'whatsapp', externalId: randomUUID(), name: 'A number' } })).id, externalId: '447700900321', name: 'A Customer' } });
    const exportCsv = async (query: string) => {
      const response = await (await route('app/api/contacts/export/route.ts'))(new Request(`http://localhost:3000/api/contacts/export?${query}`, { headers: ctx.headers() }), params());
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/csv');
      return response.text();
    };
    const all = await exportCsv(`workspaceId=${ctx.B.workspaceId}`);
    expect(all).toContain(mine.id);
    for (const text of [all, await exportCsv(`label=${ctx.B.labelId}`), await exportCsv('q=B%20Customer')]) {
      leaksNothingOfB(text, ctx);
      expect(text).not.toContain(ctx.B.contactId);
      expect(text).not.toContain('B Customer');
    }
    expect(await ctx.snapshotB()).toEqual(before);
  },

  'app/api/inbox/stream/route.ts': async (ctx) => {
    await ctx.signInAsA();
    const abort = new AbortController();
    const response = await (await route('app/api/inbox/stream/route.ts'))(new Request(`http://localhost:3000/api/inbox/stream?workspaceId=${ctx.B.workspaceId}`, { headers: ctx.headers(), signal: abort.signal }), params());
    expect(response.status).toBe(200);
    const sse = readSseEvents(response);
    await sse.started();
    await recordInboxEvent({ workspaceId: ctx.B.workspaceId, conversationId: null, type: 'note.created', payload: { preview: 'B secret price' } });
    const mine = await recordInboxEvent({ workspaceId: ctx.A.workspaceId, conversationId: null, type: 'note.created', payload: { preview: 'for A' } });
    await sse.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    abort.abort();
    expect(sse.events.map((event) => Number(event.id))).toEqual([mine.seq]);
    leaksNothingOfB(JSON.stringify(sse.events), ctx);
  },

  'app/api/consent/route.ts': async (ctx) => {
    const before = await ctx.snapshotB();
    const body = { consentId: randomUUID(), action: 'reject_all', analytics: false, advertising: false, gpc: false, policyVersion: COOKIE_POLICY_VERSION, workspaceId: ctx.B.workspaceId };
    const response = await (await route('app/api/consent/route.ts', 'POST'))(new NextRequest('http://localhost:3000/api/consent', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }), params());
    // A workspace id is not part of a consent choice: refused as an unknown field, or ignored.
    expect([201, 400]).toContain(response.status);
    leaksNothingOfB(await response.text(), ctx);
    const columns = await db.$queryRaw<{ column_name: string }[]>`select column_name from information_schema.columns where table_name = 'ConsentRecord'`;
    expect(columns.map((c) => c.column_name)).not.toContain('workspaceId');
    expect(await ctx.snapshotB()).toEqual(before);
  },

  'app/api/media/outbound/[id]/route.ts': async (ctx) => {
    const upload = await db.outboundUpload.create({ data: { workspaceId: ctx.B.workspaceId, kind: 'document', mimeType: 'text/plain', sizeBytes: 4, fileName: 'b.txt', storageKey: `${ctx.B.workspaceId}/${randomUUID()}` } });
    const exp = Math.floor(Date.now() / 1000) + 3600;
    for (const query of ['', `?exp=${exp}`, `?exp=${exp}&sig=s1.${'A'.repeat(43)}`, `?exp=${exp}&sig=garbage`]) {
      const response = await (await route('app/api/media/outbound/[id]/route.ts'))(new Request(`http://localhost:3000/api/media/outbound/${upload.id}${query}`), params({ id: upload.id }));
      expect(response.status, query).toBe(403);
    }
    await db.outboundUpload.delete({ where: { id: upload.id } });
  },

  'app/api/inbox/uploads/route.ts': async (ctx) => {
    await ctx.signInAsA();
    const before = await ctx.snapshotB();
    const headers = new Headers(ctx.headers());
    headers.set('content-type', 'text/plain');
    headers.set('x-file-name', 'probe.txt');
    const response = await (await route('app/api/inbox/uploads/route.ts', 'POST'))(new Request(`http://localhost:3000/api/inbox/uploads?workspaceId=${ctx.B.workspaceId}`, { method: 'POST', body: 'probe', headers }), params());
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect((await db.outboundUpload.findUniqueOrThrow({ where: { id } })).workspaceId).toBe(ctx.A.workspaceId);
    expect(await db.outboundUpload.count({ where: { workspaceId: ctx.B.workspaceId } })).toBe(0);
    expect(await ctx.snapshotB()).toEqual(before);
  },

  'app/api/agent/knowledge/route.ts': async (ctx) => {
    await ctx.signInAsA();
    const before = await ctx.snapshotB();
    const body = new FormData();
    body.set('file', new File([`probe ${randomUUID()}`], 'probe.txt', { type: 'text/plain' }));
    body.set('workspaceId', ctx.B.workspaceId);
    const headers = new Headers(ctx.headers());
    const response = await (await route('app/api/agent/knowledge/route.ts', 'POST'))(new Request(`http://localhost:3000/api/agent/knowledge?workspaceId=${ctx.B.workspaceId}`, { method: 'POST', body, headers }), params());
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect((await db.knowledgeFile.findUniqueOrThrow({ where: { id }, select: { workspaceId: true } })).workspaceId).toBe(ctx.A.workspaceId);
    expect(await ctx.snapshotB()).toEqual(before);
  },

  'app/api/reports/csv/route.ts': async (ctx) => {
    // B has a member, a pending draft and a rated survey from today; none may reach A's CSVs,
    // whatever ids the query carries.
    await db.user.update({ where: { id: ctx.B.ownerId }, data: { name: 'B owner reports probe' } });
    const b = await db.conversation.findFirstOrThrow({ where: { workspaceId: ctx.B.workspaceId }, select: { id: true, channelId: true, contactId: true } });
    await db.csatSurvey.upsert({ where: { conversationId: b.id }, update: {}, create: { workspaceId: ctx.B.workspaceId, conversationId: b.id, channelId: b.channelId, contactId: b.contactId, rating: 1, ratedAt: new Date() } });
    await ctx.signInAsA();
    const before = await ctx.snapshotB();
    const get = await route('app/api/reports/csv/route.ts', 'GET');
    const csv = async (table: string) => {
      const response = await get(new Request(`http://localhost:3000/api/reports/csv?table=${table}&workspaceId=${ctx.B.workspaceId}&tz=UTC`, { headers: ctx.headers() }), params());
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="relaydesk-/);
      return response.text();
    };
    expect(await csv('members')).not.toContain('B owner reports probe');
    expect(await csv('drafts')).toContain('Waiting for a decision,0,');
    expect(await csv('csat')).toContain('1 of 5,0,');
    expect(await ctx.snapshotB()).toEqual(before);
  },
  // Billing (tests/integration/billing-stripe.test.ts, billing-notices.test.ts).
  'app/api/dev/stripe/[...path]/route.ts': devOnly('app/api/dev/stripe/[...path]/route.ts', 'GET', 'http://localhost:3000/v1/customers/cus_probe_b', { path: ['customers', 'cus_probe_b'] }),

  'app/api/webhooks/stripe/route.ts': async (ctx) => {
    const before = await ctx.snapshotB();
    const events = await db.stripeEvent.count();
    const { signStandInEvent } = await import('@/lib/stripe-standin/standin-events');
    const event = stripeEventAboutB();
    const post = async (body: string, signature?: string) =>
      (await route('app/api/webhooks/stripe/route.ts', 'POST'))(new Request('http://localhost:3000/api/webhooks/stripe', { method: 'POST', body, headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) } }), params());
    const wrongSecret = signStandInEvent(event, { secret: 'whsec_probe_not_the_secret' });
    const stale = signStandInEvent(event, { timestamp: Math.floor(Date.now() / 1000) - 301 });
    for (const [body, signature] of [[JSON.stringify(event), undefined], [wrongSecret.payload, wrongSecret.signature], [stale.payload, stale.signature], [stale.payload, 't=1,v1=00']] as const) {
      expect((await post(body, signature)).status).toBe(400);
    }
    expect(await db.stripeEvent.count()).toBe(events);
    expect(await ctx.snapshotB()).toEqual(before);
  },

  'app/(app)/billing/portal/route.ts': async (ctx) => {
    await ctx.signInAsA();
    const before = await ctx.snapshotB();
    const response = await (await route('app/(app)/billing/portal/route.ts'))(new NextRequest(`http://localhost:3000/billing/portal?workspaceId=${ctx.B.workspaceId}&customer=cus_probe_b`, { headers: ctx.headers() }), params());
    // A has no Stripe customer: the link opens nothing, whatever ids it carries.
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('http://localhost:3000/billing?error=no_subscription');
    expect(await ctx.snapshotB()).toEqual(before);
  },

  'app/(app)/billing/checkout-complete/route.ts': async (ctx) => {
    await ctx.signInAsA();
    const before = await ctx.snapshotB();
    const billingOfA = await db.workspaceBilling.findUnique({ where: { workspaceId: ctx.A.workspaceId } });
    await withStripeStandIn(async () => {
      // B completes a checkout of its own (straight through the SDK: B is already subscribed).
      const { stripeClient } = await import('@/lib/billing/stripe-client');
      const { priceOfPlan } = await import('@/lib/billing/price-plan');
      const { completeStandInCheckout } = await import('@/lib/stripe-standin/complete-standin-checkout');
      const customer = await stripeClient().customers.create({ name: 'B', email: ctx.B.ownerEmail });
      const session = await stripeClient().checkout.sessions.create({
        mode: 'subscription', customer: customer.id, client_reference_id: ctx.B.workspaceId, line_items: [{ price: priceOfPlan('scale', 'monthly'), quantity: 1 }],
        success_url: 'http://localhost:3000/billing/checkout-complete?session_id={CHECKOUT_SESSION_ID}', cancel_url: 'http://localhost:3000/billing',
      });
      await completeStandInCheckout({ checkoutSessionId: session.id, card: 'ok' });
      const response = await (await route('app/(app)/billing/checkout-complete/route.ts'))(new NextRequest(`http://localhost:3000/billing/checkout-complete?session_id=${session.id}`, { headers: ctx.headers() }), params());
      expect(response.headers.get('location')).toBe('http://localhost:3000/billing?error=checkout_not_found');
    });
    expect(await db.workspaceBilling.findUnique({ where: { workspaceId: ctx.A.workspaceId } })).toEqual(billingOfA);
    expect(await ctx.snapshotB()).toEqual(before);
  },

  'app/api/audit/export/route.ts': async (ctx) => {
    await ctx.signInAsA();
    const mine = await db.auditLog.create({ data: { workspaceId: ctx.A.workspaceId, action: 'probe.audit_export', targetId: `A-${randomUUID()}` } });
    const theirs = await db.auditLog.create({ data: { workspaceId: ctx.B.workspaceId, action: 'probe.audit_export', targetId: `B-${randomUUID()}` } });
    try {
      // No id is read from the request: a workspace id in the query changes nothing.
      const response = await (await route('app/api/audit/export/route.ts'))(new Request(`http://localhost:3000/api/audit/export?workspaceId=${ctx.B.workspaceId}`, { headers: ctx.headers() }), params());
      expect(response.status).toBe(200);
      const csv = await response.text();
      expect(csv).toContain(mine.targetId!);
      expect(csv).not.toContain(theirs.targetId!);
      // Exactly A's entries (A's own log may name B's owner: the probe invited that address into A).
      expect(csv.trim().split('\n')).toHaveLength(1 + (await db.auditLog.count({ where: { workspaceId: ctx.A.workspaceId } })));
      for (const secret of [ctx.B.workspaceId, ctx.B.channelId]) expect(csv).not.toContain(secret);
    } finally {
      await db.auditLog.deleteMany({ where: { id: { in: [mine.id, theirs.id] } } });
    }
  },
};
