// Cal.com bookings → Meta Conversions API: the signed webhook, the stored pending event (hashed
// identifiers only), cancellation and reschedule, and the send job against a fake Graph server
// and against the Meta simulator's /{pixel-id}/events handler.
import { createHmac } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.CALCOM_WEBHOOK_SECRET = 'calcom_test_secret_0123456789';
  process.env.META_PIXEL_ID = '1234567890123';
  process.env.META_CAPI_ACCESS_TOKEN = 'capi_test_token_0123456789';
  process.env.META_CAPI_DEFAULT_COUNTRY_CODE = '44';
});

import { POST } from '@/app/api/webhooks/calcom/route';
import { POST as simulatorPost } from '@/app/api/dev/meta/[...path]/route';
import { buildCapiRequestBody } from '@/lib/capi/build-capi-request-body';
import { sha256Hex } from '@/lib/capi/normalise-user-data';
import { db } from '@/lib/db';
import { sendCapiEventJob } from '@/lib/jobs/definitions/send-capi-event';
import { logger } from '@/lib/logger';
import { listSimCapiEvents } from '@/lib/meta-simulator/sim-capi-events';
import { startFakeGraph } from '../fake-graph-server';

const graph = await startFakeGraph();
process.env.META_CAPI_BASE_URL = `${graph.url}/v23.0`;
afterAll(() => graph.close());
beforeEach(() => graph.reset());

const SECRET = 'calcom_test_secret_0123456789';
const UA = 'Mozilla/5.0 (X11; Linux x86_64) Test';
const sign = (body: string, secret = SECRET) => createHmac('sha256', secret).update(body).digest('hex');
const run = (capiEventId: string, attempt = 1) => sendCapiEventJob.handler({ capiEventId }, { jobId: 'test', attempt, log: logger });

function booking(uid: string, extra: Record<string, unknown> = {}) {
  return {
    uid,
    startTime: '2026-12-01T10:00:00.000Z',
    attendees: [{ email: ' Jane.Doe@Example.com ', name: "Jane O'Brien", timeZone: 'Europe/London' }],
    responses: { attendeePhoneNumber: { label: 'Phone', value: '07700 900123' } },
    metadata: { userAgent: UA, sourceUrl: 'https://relaydesk.example/book' },
    ...extra,
  };
}

function webhook(triggerEvent: string, payload: unknown, signature?: string | null) {
  const body = JSON.stringify({ triggerEvent, createdAt: new Date().toISOString(), payload });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const sig = signature === undefined ? sign(body) : signature;
  if (sig !== null) headers['x-cal-signature-256'] = sig;
  return POST(new Request('http://localhost/api/webhooks/calcom', { method: 'POST', headers, body }));
}

const capiJobs = () => db.$queryRaw<{ id: string }[]>`select data->>'capiEventId' as id from pgboss.job where name = 'send-capi-event'`;
const rowFor = (bookingUid: string) => db.capiEvent.findFirst({ where: { bookingUid } });

describe('POST /api/webhooks/calcom', () => {
  it('stores a pending event with hashed identifiers only and queues the send', async () => {
    const response = await webhook('BOOKING_CREATED', booking('bk_created'));
    expect(response.status).toBe(200);
    const row = await rowFor('bk_created');
    expect(row).toMatchObject({ status: 'pending', eventName: 'Schedule', eventId: 'calcom-schedule-bk_created', eventSourceUrl: 'https://relaydesk.example/book', clientUserAgent: UA });
    expect(row!.userData).toEqual({ em: sha256Hex('jane.doe@example.com'), fn: sha256Hex('jane'), ln: sha256Hex('obrien'), ph: sha256Hex('447700900123') });
    expect(JSON.stringify(row)).not.toMatch(/jane|07700|example\.com"/i);
    expect((await capiJobs()).map((j) => j.id)).toContain(row!.id);
  });

  it('stores one event when Cal.com redelivers', async () => {
    await webhook('BOOKING_CREATED', booking('bk_twice'));
    expect((await webhook('BOOKING_CREATED', booking('bk_twice'))).status).toBe(200);
    expect(await db.capiEvent.count({ where: { bookingUid: 'bk_twice' } })).toBe(1);
  });

  it.each([
    ['tampered', (body: string) => sign(body + ' ')],
    ['missing', () => null],
    ['wrong secret', (body: string) => sign(body, 'another_secret_0123456789')],
    ['not hex', () => 'sha256=nope'],
  ])('refuses a %s signature with 401 and stores nothing', async (_label, signatureFor) => {
    const before = await db.capiEvent.count();
    const payload = booking('bk_forged');
    const body = JSON.stringify({ triggerEvent: 'BOOKING_CREATED', createdAt: new Date().toISOString(), payload });
    const response = await webhook('BOOKING_CREATED', payload, signatureFor(body));
    expect(response.status).toBe(401);
    expect(await db.capiEvent.count()).toBe(before);
    expect(await rowFor('bk_forged')).toBeNull();
  });

  it('answers 400 to a signed but malformed body and 200 "ignored" to other trigger events', async () => {
    const garbage = 'not json';
    const bad = await POST(new Request('http://localhost/api/webhooks/calcom', { method: 'POST', headers: { 'x-cal-signature-256': sign(garbage) }, body: garbage }));
    expect(bad.status).toBe(400);
    expect((await webhook('BOOKING_CREATED', { attendees: 'nope' })).status).toBe(400);
    const ping = await webhook('PING', {});
    expect(ping.status).toBe(200);
    expect(await ping.json()).toMatchObject({ status: 'ignored' });
  });

  it('records a booking without a client user agent as skipped, with no identifiers', async () => {
    await webhook('BOOKING_CREATED', booking('bk_no_ua', { metadata: {} }));
    expect(await rowFor('bk_no_ua')).toMatchObject({ status: 'skipped', userData: null, eventSourceUrl: null });
  });
});

describe('send-capi-event job', () => {
  it('posts the Schedule event Meta expects, then deletes the hashed data', async () => {
    graph.respond((r) => (r.method === 'POST' && r.path === '/v23.0/1234567890123/events' ? { json: { events_received: 1, fbtrace_id: 'AbC' } } : undefined));
    await webhook('BOOKING_CREATED', booking('bk_send'));
    const row = (await rowFor('bk_send'))!;
    await run(row.id);
    expect(graph.requests).toHaveLength(1);
    const sent = graph.requests[0]!;
    expect(sent.query.access_token).toBe('capi_test_token_0123456789');
    expect(sent.body).toEqual({
      data: [{
        event_name: 'Schedule',
        event_time: Math.floor(row.eventTime.getTime() / 1000),
        event_id: 'calcom-schedule-bk_send',
        event_source_url: 'https://relaydesk.example/book',
        action_source: 'website',
        user_data: { em: [sha256Hex('jane.doe@example.com')], ph: [sha256Hex('447700900123')], fn: [sha256Hex('jane')], ln: [sha256Hex('obrien')], client_user_agent: UA },
      }],
    });
    const after = await rowFor('bk_send');
    expect(after).toMatchObject({ status: 'sent', userData: null, eventSourceUrl: null, clientUserAgent: null, attempts: 1, lastError: null });
    expect(after!.sentAt).toBeInstanceOf(Date);
    // Running again (a crash before the ack) sends nothing more.
    await run(row.id);
    expect(graph.requests).toHaveLength(1);
  });

  it('retries after a 500 from Meta, keeping the data until it succeeds', async () => {
    let fail = true;
    graph.respond(() => (fail ? { status: 500, json: { error: { message: 'An unknown error occurred', code: 1 } } } : { json: { events_received: 1 } }));
    await webhook('BOOKING_CREATED', booking('bk_retry'));
    const row = (await rowFor('bk_retry'))!;
    await expect(run(row.id)).rejects.toThrow(/unknown error/);
    expect(await rowFor('bk_retry')).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringMatching(/unknown error/) });
    expect((await rowFor('bk_retry'))!.userData).toEqual(row.userData);
    fail = false;
    await run(row.id);
    expect(await rowFor('bk_retry')).toMatchObject({ status: 'sent', attempts: 2, userData: null });
    expect(graph.requests).toHaveLength(2);
  });

  it('marks the event failed and drops its data when the last retry fails', async () => {
    graph.respond(() => ({ status: 500, json: { error: { message: 'Service temporarily unavailable', code: 2 } } }));
    await webhook('BOOKING_CREATED', booking('bk_dead'));
    const row = (await rowFor('bk_dead'))!;
    await expect(run(row.id, sendCapiEventJob.retry.limit + 1)).rejects.toThrow(/temporarily unavailable/);
    expect(await rowFor('bk_dead')).toMatchObject({ status: 'failed', userData: null, clientUserAgent: null, lastError: expect.stringMatching(/temporarily/) });
    await run(row.id);
    expect(graph.requests).toHaveLength(1);
  });

  it('sends nothing when the booking was cancelled first', async () => {
    graph.respond(() => ({ json: { events_received: 1 } }));
    await webhook('BOOKING_CREATED', booking('bk_cancel'));
    const row = (await rowFor('bk_cancel'))!;
    const cancel = await webhook('BOOKING_CANCELLED', booking('bk_cancel'));
    expect(await cancel.json()).toMatchObject({ cancelled: 1 });
    expect(await rowFor('bk_cancel')).toMatchObject({ status: 'cancelled', userData: null });
    await run(row.id);
    expect(graph.requests).toHaveLength(0);
  });

  it('follows a reschedule without a second event, and a later cancellation still stops it', async () => {
    graph.respond(() => ({ json: { events_received: 1 } }));
    await webhook('BOOKING_CREATED', booking('bk_original'));
    const original = (await rowFor('bk_original'))!;
    expect(await (await webhook('BOOKING_RESCHEDULED', booking('bk_moved', { rescheduleUid: 'bk_original' }))).json()).toMatchObject({ moved: 1 });
    expect(await db.capiEvent.count({ where: { bookingUid: { in: ['bk_original', 'bk_moved'] } } })).toBe(1);
    expect(await rowFor('bk_moved')).toMatchObject({ id: original.id, eventId: 'calcom-schedule-bk_original', status: 'pending' });
    await webhook('BOOKING_CANCELLED', booking('bk_moved'));
    await run(original.id);
    expect(graph.requests).toHaveLength(0);
  });
});

describe('Meta simulator POST /{pixel-id}/events', () => {
  const simulate = (body: unknown, token = 'sim-capi-token') =>
    simulatorPost(new Request(`http://localhost/api/dev/meta/graph/v23.0/1234567890123/events?access_token=${token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));

  it('accepts and records the body the job sends', async () => {
    const body = buildCapiRequestBody({ eventName: 'Schedule', eventId: 'calcom-schedule-bk_sim', eventTime: new Date(), eventSourceUrl: 'https://relaydesk.example/', clientUserAgent: UA, userData: { em: sha256Hex('jane.doe@example.com') } });
    const response = await simulate(body);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ events_received: 1 });
    const [captured] = await listSimCapiEvents({ take: 1 });
    expect(captured).toMatchObject({ pixelId: '1234567890123', event: { event_name: 'Schedule', event_id: 'calcom-schedule-bk_sim' } });
  });

  it('refuses unhashed identifiers, a website event without user agent and stale events', async () => {
    const now = Math.floor(Date.now() / 1000);
    const event = { event_name: 'Schedule', event_time: now, action_source: 'website', user_data: { em: ['jane.doe@example.com'], client_user_agent: UA } };
    expect((await simulate({ data: [event] })).status).toBe(400);
    expect((await simulate({ data: [{ ...event, user_data: { em: [sha256Hex('a@b.c')] } }] })).status).toBe(400);
    expect((await simulate({ data: [{ ...event, user_data: { client_user_agent: UA }, event_time: now - 8 * 86_400 }] })).status).toBe(400);
    expect((await simulate({ data: [] })).status).toBe(400);
  });
});
