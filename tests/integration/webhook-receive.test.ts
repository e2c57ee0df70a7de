// The Meta webhook endpoint: handshake, signatures, size limit, malformed bodies and routing.
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.META_APP_SECRET = 'test_app_secret_0123456789abcdef';
  process.env.META_WEBHOOK_VERIFY_TOKEN = 'test-verify-token-123';
  process.env.META_WEBHOOK_MAX_BYTES = String(4 * 1024 * 1024);
});

import { GET, POST } from '../support/meta-webhook-route';
import { db } from '@/lib/db';
import { createFixtureChannels, fixtureBytes, fixtureSignature, sign, TEST_VERIFY_TOKEN, webhookRequest } from '../support/meta-webhooks';

async function rowCounts() {
  return { deliveries: await db.webhookDelivery.count(), events: await db.webhookEvent.count() };
}

let channels: Awaited<ReturnType<typeof createFixtureChannels>>;
beforeAll(async () => {
  channels = await createFixtureChannels();
});

describe('GET handshake', () => {
  it('echoes the bare challenge for the right token', async () => {
    const response = await GET(new Request(`http://localhost/api/webhooks/meta?hub.mode=subscribe&hub.verify_token=${TEST_VERIFY_TOKEN}&hub.challenge=1158201444`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toBe('1158201444');
  });

  it('refuses a wrong token or mode with 403', async () => {
    expect((await GET(new Request('http://localhost/api/webhooks/meta?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1'))).status).toBe(403);
    expect((await GET(new Request(`http://localhost/api/webhooks/meta?hub.mode=unsubscribe&hub.verify_token=${TEST_VERIFY_TOKEN}&hub.challenge=1`))).status).toBe(403);
    expect((await GET(new Request('http://localhost/api/webhooks/meta'))).status).toBe(403);
  });
});

describe('POST signature', () => {
  it('accepts a fixture with its published signature and stores the raw bytes', async () => {
    const bytes = fixtureBytes('ig-dm-text.json');
    const response = await POST(webhookRequest(bytes, fixtureSignature('ig-dm-text.json')));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('EVENT_RECEIVED');
    const delivery = await db.webhookDelivery.findFirstOrThrow({ orderBy: { receivedAt: 'desc' }, include: { events: true } });
    expect(Buffer.from(delivery.rawBody).equals(bytes)).toBe(true);
    expect(delivery.status).toBe('accepted');
    expect(delivery.events).toHaveLength(1);
    expect(delivery.events[0]).toMatchObject({ status: 'queued', routingKey: '17841400000000001', channelId: channels.instagram.id, workspaceId: channels.workspaceA });
  });

  it.each([
    ['invalid', (body: Buffer) => sign(Buffer.concat([body, Buffer.from(' ')]))],
    ['missing', () => null],
    ['wrong secret', (body: Buffer) => sign(body, 'another_secret_0123456789abcdef')],
    ['truncated', (body: Buffer) => sign(body).slice(0, 20)],
    ['not sha256', () => 'sha1=abc'],
    ['valid digest followed by junk', (body: Buffer) => `${sign(body)}junk`],
    ['valid digest followed by a second one', (body: Buffer) => `${sign(body)},${sign(body)}`],
  ])('refuses an %s signature with 401 and stores nothing', async (_label, signatureFor) => {
    const before = await rowCounts();
    const body = fixtureBytes('wa-text.json');
    const response = await POST(webhookRequest(body, signatureFor(body)));
    expect(response.status).toBe(401);
    expect(await rowCounts()).toEqual(before);
  });

  it('rejects a body re-serialised after signing (signature is over the raw bytes)', async () => {
    const bytes = fixtureBytes('ig-comment.json');
    const reserialised = JSON.stringify(JSON.parse(bytes.toString('utf8')));
    const before = await rowCounts();
    expect((await POST(webhookRequest(reserialised, fixtureSignature('ig-comment.json')))).status).toBe(401);
    expect(await rowCounts()).toEqual(before);
  });
});

describe('POST size limit', () => {
  it('refuses a declared oversize body with 413 before reading it', async () => {
    const body = 'x'.repeat(4 * 1024 * 1024 + 10);
    const response = await POST(webhookRequest(body, sign(body), { 'content-length': String(body.length) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'payload_too_large' });
  });

  it('counts streamed bytes when there is no Content-Length', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(120);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ >= 5) return controller.close();
        controller.enqueue(chunk);
      },
    });
    const request = new Request('http://localhost/api/webhooks/meta', { method: 'POST', body: stream, duplex: 'half', headers: { 'x-hub-signature-256': 'sha256=00' } } as RequestInit);
    const before = await rowCounts();
    expect((await POST(request)).status).toBe(413);
    expect(await rowCounts()).toEqual(before);
  });

  it('accepts a valid ~3 MB payload', async () => {
    const payload = { object: 'instagram', entry: [{ id: '17841400000000001', time: 1735689600500, messaging: [{ sender: { id: '1234567890123456' }, recipient: { id: '17841400000000001' }, timestamp: 1735689600000, message: { mid: 'big-mid-1', text: 'y'.repeat(3 * 1024 * 1024) } }] }] };
    const body = JSON.stringify(payload);
    const response = await POST(webhookRequest(body, sign(body)));
    expect(response.status).toBe(200);
    const delivery = await db.webhookDelivery.findFirstOrThrow({ orderBy: { receivedAt: 'desc' }, select: { rawBody: true, status: true } });
    expect(Buffer.from(delivery.rawBody).equals(Buffer.from(body))).toBe(true);
    expect(delivery.status).toBe('accepted');
  });
});

describe('POST malformed and unroutable bodies', () => {
  it('stores malformed JSON as a malformed delivery with no events and answers 200', async () => {
    const body = '{"object":"instagram","entry":[{';
    const response = await POST(webhookRequest(body, sign(body)));
    expect(response.status).toBe(200);
    const delivery = await db.webhookDelivery.findFirstOrThrow({ orderBy: { receivedAt: 'desc' }, include: { events: true } });
    expect(delivery.status).toBe('malformed');
    expect(Buffer.from(delivery.rawBody).toString('utf8')).toBe(body);
    expect(delivery.error).toMatch(/Invalid JSON/);
    expect(delivery.events).toHaveLength(0);
  });

  it.each([
    ['no entry array', '{"object":"instagram"}'],
    ['unknown object', '{"object":"user","entry":[{"id":"1"}]}'],
    ['entry without id', '{"object":"page","entry":[{"time":1}]}'],
    ['a JSON string', '"hello"'],
    ['null', 'null'],
  ])('stores a wrong envelope (%s) as malformed with 200', async (_label, body) => {
    const response = await POST(webhookRequest(body, sign(body)));
    expect(response.status).toBe(200);
    const delivery = await db.webhookDelivery.findFirstOrThrow({ orderBy: { receivedAt: 'desc' }, include: { events: true } });
    expect(delivery.status).toBe('malformed');
    expect(delivery.error).toBeTruthy();
    expect(delivery.events).toHaveLength(0);
  });

  it('keeps events for an unknown account as unroutable, without a channel', async () => {
    const body = fixtureBytes('ig-dm-text.json').toString('utf8').replaceAll('17841400000000001', '17841499999999999');
    expect((await POST(webhookRequest(body, sign(body)))).status).toBe(200);
    const event = await db.webhookEvent.findFirstOrThrow({ where: { routingKey: '17841499999999999' } });
    expect(event).toMatchObject({ status: 'unroutable', channelId: null, workspaceId: null, object: 'instagram' });
    expect(event.lastError).toMatch(/No connected instagram channel/);
  });

  it('splits one IG delivery into one event per entry, routed to two tenants', async () => {
    expect((await POST(webhookRequest(fixtureBytes('ig-batch-2-entries.json'), fixtureSignature('ig-batch-2-entries.json')))).status).toBe(200);
    const delivery = await db.webhookDelivery.findFirstOrThrow({ orderBy: { receivedAt: 'desc' }, include: { events: { orderBy: { unitIndex: 'asc' } } } });
    expect(delivery.events.map((e) => [e.unitIndex, e.workspaceId, e.status])).toEqual([
      [0, channels.workspaceA, 'queued'],
      [1, channels.workspaceB, 'queued'],
    ]);
  });

  it('splits WhatsApp deliveries per entry×change, routed by phone_number_id', async () => {
    const body = fixtureBytes('wa-text.json').toString('utf8');
    const parsed = JSON.parse(body) as { entry: { changes: unknown[] }[] };
    parsed.entry[0]!.changes.push(parsed.entry[0]!.changes[0]);
    const twice = JSON.stringify(parsed);
    expect((await POST(webhookRequest(twice, sign(twice)))).status).toBe(200);
    const delivery = await db.webhookDelivery.findFirstOrThrow({ orderBy: { receivedAt: 'desc' }, include: { events: true } });
    expect(delivery.events).toHaveLength(2);
    expect(delivery.events.every((e) => e.routingKey === '106540352242922' && e.channelId === channels.whatsapp.id)).toBe(true);
  });
});
