// Correctly signed but hostile webhook bodies (issue 12.9): every one is stored byte for byte and
// answered 200; a unit that cannot be stored or processed is kept as `malformed` for replay;
// nothing reaches the worker that could crash it, and the good units of the same delivery still
// become messages.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.META_APP_SECRET = 'test_app_secret_0123456789abcdef';
  process.env.META_WEBHOOK_MAX_BYTES = String(4 * 1024 * 1024);
});

import { POST } from '../support/meta-webhook-route';
import { db } from '@/lib/db';
import { processWebhookEventJob } from '@/lib/jobs/definitions/process-webhook-event';
import { startWorkers } from '@/lib/jobs/start-workers';
import { createFixtureChannels, fixtureIds, sign, webhookRequest } from '../support/meta-webhooks';
import { igDm, igEntry, jobsForEvent, storedBytes } from '../support/webhook-intake';

let channels: Awaited<ReturnType<typeof createFixtureChannels>>;
let stopWorkers: ((timeoutMs?: number) => Promise<void>) | undefined;
beforeAll(async () => {
  channels = await createFixtureChannels();
});
afterAll(async () => stopWorkers?.(2_000));

/** POSTs signed bytes; returns the status and the delivery row with its events. */
async function post(body: string | Buffer) {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const response = await POST(webhookRequest(bytes, sign(bytes)));
  const delivery = await db.webhookDelivery.findFirst({ orderBy: { receivedAt: 'desc' }, include: { events: { orderBy: { unitIndex: 'asc' } } } });
  return { status: response.status, bytes, delivery };
}

/** The status is 200 and the newest delivery holds exactly these bytes. */
function expectStoredRaw(result: Awaited<ReturnType<typeof post>>) {
  expect(result.status).toBe(200);
  expect(result.delivery).not.toBeNull();
  expect(storedBytes(result.delivery!.rawBody).equals(result.bytes)).toBe(true);
  return result.delivery!;
}

/** Waits until the worker settled every event of the delivery; returns the events. */
async function settled(deliveryId: string) {
  await vi.waitFor(
    async () => expect(await db.webhookEvent.count({ where: { deliveryId, status: { in: ['queued', 'processing', 'failed'] } } })).toBe(0),
    { timeout: 20_000, interval: 100 },
  );
  return db.webhookEvent.findMany({ where: { deliveryId }, orderBy: { unitIndex: 'asc' } });
}

describe('\\u0000 from a signed body', () => {
  it('in object keys: stored raw, 200, and the message still arrives (keys carry U+FFFD)', async () => {
    const body = JSON.stringify({
      object: 'instagram',
      '\u0000': 'top',
      entry: [{ ...igEntry(fixtureIds.igAccount, 'mid-nul-key', 'hello nul key'), 'x\u0000y': 1, messaging: [{ ...igEntry(fixtureIds.igAccount, 'mid-nul-key', 'hello nul key').messaging[0], 'k\u0000': { '\u0000\u0000': [1] } }] }],
    });
    const delivery = expectStoredRaw(await post(body));
    expect(delivery.status).toBe('accepted');
    expect(delivery.events).toHaveLength(1);
    expect(delivery.events[0]).toMatchObject({ status: 'queued', channelId: channels.instagram.id });
    expect(await jobsForEvent(delivery.events[0]!.id)).toBe(1);
  });

  it('in the account id (entry.id): stored raw, 200, the unit kept as unroutable', async () => {
    const delivery = expectStoredRaw(await post(igDm({ account: `${fixtureIds.igAccount}\u0000`, mid: 'mid-nul-account', text: 'x' })));
    expect(delivery.events).toHaveLength(1);
    expect(delivery.events[0]).toMatchObject({ status: 'unroutable', routingKey: `${fixtureIds.igAccount}\uFFFD`, channelId: null });
  });

  it('in the message id and the sender id: stored raw, 200, processed once with U+FFFD in the ids', async () => {
    const delivery = expectStoredRaw(await post(igDm({ mid: 'mid-\u0000-nul', sender: '9000\u00001', text: 'ids with nul' })));
    expect(delivery.events[0]).toMatchObject({ status: 'queued' });
    stopWorkers ??= await startWorkers({ jobs: [processWebhookEventJob], pollingIntervalSeconds: 0.5 });
    const [event] = await settled(delivery.id);
    expect(event!.status).toBe('processed');
    const message = await db.message.findFirstOrThrow({ where: { externalId: 'mid-\uFFFD-nul' }, include: { conversation: { include: { contact: true } } } });
    expect(message.text).toBe('ids with nul');
    expect(message.conversation.contact.externalId).toBe('9000\uFFFD1');
  });

  it('in the object of a wrong envelope: stored raw as a malformed delivery, 200', async () => {
    const delivery = expectStoredRaw(await post(JSON.stringify({ object: 'insta\u0000gram', entry: 'nope' })));
    expect(delivery.status).toBe('malformed');
    expect(delivery.object).toBe('insta\uFFFDgram');
    expect(delivery.events).toHaveLength(0);
  });

  it('as a raw NUL byte (not JSON): stored byte for byte as malformed, 200', async () => {
    const bytes = Buffer.concat([Buffer.from('{"object":"instagram","entry":[{"id":"1'), Buffer.from([0]), Buffer.from('"}]}')]);
    const delivery = expectStoredRaw(await post(bytes));
    expect(delivery.status).toBe('malformed');
    expect(delivery.error).toMatch(/JSON/);
  });
});

describe('lone surrogates and invalid UTF-8 from a signed body', () => {
  it('in DM text: stored raw, 200, the message arrives with U+FFFD', async () => {
    const delivery = expectStoredRaw(await post(igDm({ mid: 'mid-lone-surrogate', text: 'broken \ud83d emoji and \udc00 tail' })));
    expect(delivery.events[0]).toMatchObject({ status: 'queued' });
    stopWorkers ??= await startWorkers({ jobs: [processWebhookEventJob], pollingIntervalSeconds: 0.5 });
    expect((await settled(delivery.id))[0]!.status).toBe('processed');
    expect((await db.message.findFirstOrThrow({ where: { externalId: 'mid-lone-surrogate' } })).text).toBe('broken \uFFFD emoji and \uFFFD tail');
  });

  it('in keys and ids: stored raw, 200', async () => {
    const body = JSON.stringify({ object: 'instagram', entry: [{ ...igEntry(fixtureIds.igAccount, 'mid-\udfff-key', 'k'), '\ud800': true }] });
    const delivery = expectStoredRaw(await post(body));
    expect(delivery.events[0]).toMatchObject({ status: 'queued' });
  });

  it('as invalid UTF-8 bytes in the body: stored byte for byte, 200, text decoded with U+FFFD', async () => {
    const [before, after] = igDm({ mid: 'mid-bad-utf8', text: 'MARK' }).split('MARK') as [string, string];
    // 0xFF never occurs in UTF-8; ED A0 80 is a UTF-16 surrogate encoded as if it were a character.
    const bytes = Buffer.concat([Buffer.from(before), Buffer.from([0x61, 0xff, 0x62, 0xed, 0xa0, 0x80, 0x63]), Buffer.from(after)]);
    const delivery = expectStoredRaw(await post(bytes));
    expect(delivery.status).toBe('accepted');
    expect(delivery.events[0]).toMatchObject({ status: 'queued' });
  });
});

describe('deep nesting from a signed body', () => {
  const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

  it('100,000 levels inside a message: stored raw, 200, that unit malformed (no job), the other unit still processed', async () => {
    const good = igEntry(fixtureIds.igAccount, 'mid-next-to-deep', 'I am fine');
    const body = `{"object":"instagram","entry":[${JSON.stringify(igEntry(fixtureIds.igAccount, 'mid-deep', 'deep')).replace('"text":"deep"', `"text":"deep","nest":${deep(100_000)}`)},${JSON.stringify(good)}]}`;
    const delivery = expectStoredRaw(await post(body));
    expect(delivery.status).toBe('accepted');
    expect(delivery.events.map((e) => e.status)).toEqual(['malformed', 'queued']);
    expect(delivery.events[0]!.lastError).toMatch(/nest/i);
    expect(delivery.events[0]).toMatchObject({ routingKey: fixtureIds.igAccount, channelId: channels.instagram.id });
    expect(await jobsForEvent(delivery.events[0]!.id)).toBe(0);
    stopWorkers ??= await startWorkers({ jobs: [processWebhookEventJob], pollingIntervalSeconds: 0.5 });
    expect((await settled(delivery.id)).map((e) => e.status)).toEqual(['malformed', 'processed']);
    expect(await db.message.count({ where: { externalId: 'mid-next-to-deep' } })).toBe(1);
    expect(await db.message.count({ where: { externalId: 'mid-deep' } })).toBe(0);
  });

  it('100,000 levels as the whole body: stored raw as a malformed delivery, 200', async () => {
    const delivery = expectStoredRaw(await post(deep(100_000)));
    expect(delivery.status).toBe('malformed');
  });

  it('100,000 levels in the object field and in a WhatsApp change: stored raw, 200', async () => {
    const inObject = expectStoredRaw(await post(`{"object":${deep(100_000)},"entry":[]}`));
    expect(inObject.status).toBe('malformed');
    const wa = `{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"metadata":{"phone_number_id":"${fixtureIds.waPhoneNumberId}"},"x":${deep(100_000)}}}]}]}`;
    const delivery = expectStoredRaw(await post(wa));
    expect(delivery.events.map((e) => e.status)).toEqual(['malformed']);
  });
});

describe('many entries in one signed delivery', () => {
  it('six concurrent deliveries of 500 entries (routable, another tenant, unknown): all 200, every unit stored, one job per routable unit', async () => {
    const accounts = [fixtureIds.igAccount, fixtureIds.igAccount2, '17841499999990000'];
    const bodies = Array.from({ length: 6 }, (_, d) =>
      Buffer.from(JSON.stringify({ object: 'instagram', entry: Array.from({ length: 500 }, (_, i) => igEntry(accounts[i % 3]!, `mid-many-${d}-${i}`, `message ${i}`)) })),
    );
    const statuses = await Promise.all(bodies.map(async (bytes) => (await POST(webhookRequest(bytes, sign(bytes)))).status));
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    const deliveries = await db.webhookDelivery.findMany({ orderBy: { receivedAt: 'desc' }, take: 6, include: { events: true } });
    for (const delivery of deliveries) {
      expect(bodies.some((bytes) => storedBytes(delivery.rawBody).equals(bytes))).toBe(true);
      expect(delivery.events).toHaveLength(500);
      // The worker may already be processing some: routed = has a channel.
      expect(delivery.events.filter((e) => e.channelId !== null)).toHaveLength(334);
      expect(delivery.events.filter((e) => e.status === 'unroutable')).toHaveLength(166);
      expect(new Set(delivery.events.filter((e) => e.workspaceId === channels.workspaceB).map((e) => e.channelId))).toEqual(new Set([channels.instagram2.id]));
    }
    const [row] = await db.$queryRaw<{ missing: bigint }[]>`
      select count(*) as missing from "WebhookEvent" e
      where e."channelId" is not null and e."unitIndex" >= 0 and e."deliveryId" = any(${deliveries.map((d) => d.id)}::uuid[])
        and (select count(*) from pgboss.job j where j.name = 'process-webhook-event' and j.data->>'eventId' = e.id::text) <> 1`;
    expect(row!.missing).toBe(0n);
  });
});

describe('replaying malformed units', () => {
  it('a unit still too deep stays malformed; one this release can read is split again from the raw bytes, routed and queued with its job', async () => {
    const { replayWebhookEvents } = await import('@/lib/meta/webhooks/replay-webhook-events');
    const deepBody = `{"object":"instagram","entry":[{"id":"${fixtureIds.igAccount}","nest":${'['.repeat(5_000)}${']'.repeat(5_000)}}]}`;
    const deep = expectStoredRaw(await post(deepBody));
    expect(await replayWebhookEvents({ statuses: ['malformed'], eventIds: [deep.events[0]!.id] })).toEqual({ requeued: 0, stillUnroutable: 0, stillMalformed: 1 });
    expect((await db.webhookEvent.findUniqueOrThrow({ where: { id: deep.events[0]!.id } })).status).toBe('malformed');

    // As an older release would have left it: malformed, no payload, no route.
    const readable = expectStoredRaw(await post(igDm({ mid: 'mid-replayed-malformed', text: 'read at last' })));
    const event = readable.events[0]!;
    await db.$executeRaw`delete from pgboss.job where data->>'eventId' = ${event.id}`;
    await db.$executeRaw`update "WebhookEvent" set status = 'malformed', payload = null, "channelId" = null, "workspaceId" = null, "lastError" = 'older release' where id = ${event.id}::uuid`;
    expect(await replayWebhookEvents({ statuses: ['malformed'], eventIds: [event.id] })).toEqual({ requeued: 1, stillUnroutable: 0 });
    const replayed = await db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(replayed).toMatchObject({ status: 'queued', channelId: channels.instagram.id, workspaceId: channels.workspaceA, lastError: null });
    expect(replayed.payload).toMatchObject({ id: fixtureIds.igAccount, messaging: [{ message: { mid: 'mid-replayed-malformed' } }] });
    expect(await jobsForEvent(event.id)).toBe(1);
  });
});
