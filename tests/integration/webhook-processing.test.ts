// Every Meta fixture, sent through the real endpoint and worked by the real job, ends as the
// right contacts, conversations, messages, media and statuses.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.META_APP_SECRET = 'test_app_secret_0123456789abcdef';
  process.env.META_WEBHOOK_VERIFY_TOKEN = 'test-verify-token-123';
});

import { POST } from '../support/meta-webhook-route';
import { db } from '@/lib/db';
import { processWebhookEventJob } from '@/lib/jobs/definitions/process-webhook-event';
import { startWorkers } from '@/lib/jobs/start-workers';
import { createFixtureChannels, fixtureBytes, fixtureSignature, sign, webhookRequest } from '../support/meta-webhooks';

let channels: Awaited<ReturnType<typeof createFixtureChannels>>;
let stop: (timeoutMs?: number) => Promise<void>;

beforeAll(async () => {
  channels = await createFixtureChannels();
  stop = await startWorkers({ jobs: [processWebhookEventJob], pollingIntervalSeconds: 0.5 });
});
afterAll(async () => stop?.(2_000));

/** POSTs a body through the route and waits until every event of that delivery is settled. */
async function ingest(body: string | Buffer, signature = sign(body)) {
  const response = await POST(webhookRequest(body, signature));
  expect(response.status).toBe(200);
  const delivery = await db.webhookDelivery.findFirstOrThrow({ orderBy: { receivedAt: 'desc' }, select: { id: true } });
  await vi.waitFor(
    async () => {
      const open = await db.webhookEvent.count({ where: { deliveryId: delivery.id, status: { in: ['queued', 'processing', 'failed'] } } });
      expect(open).toBe(0);
    },
    { timeout: 20_000, interval: 200 },
  );
  return db.webhookEvent.findMany({ where: { deliveryId: delivery.id }, orderBy: { unitIndex: 'asc' } });
}

const ingestFixture = (name: string) => ingest(fixtureBytes(name), fixtureSignature(name));

const messageByExternalId = (externalId: string) => db.message.findFirstOrThrow({ where: { externalId }, include: { media: true, conversation: { include: { contact: true } } } });

function igMessage(mid: string, message: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return JSON.stringify({ object: 'instagram', entry: [{ id: '17841400000000001', time: 1735689700000, messaging: [{ sender: { id: '1234567890123456' }, recipient: { id: '17841400000000001' }, timestamp: 1735689700000, message: { mid, ...message }, ...extra }] }] });
}

function waChange(value: Record<string, unknown>) {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: '100000000000101', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' }, ...value } }] }],
  });
}

describe('fixtures', () => {
  it('ig-dm-text → contact, open direct conversation, inbound text', async () => {
    const [event] = await ingestFixture('ig-dm-text.json');
    expect(event).toMatchObject({ status: 'processed', attempts: 1 });
    const message = await messageByExternalId('aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDAxOjM0MDI4MjM2Njg0MTcxMDMwMTI0NDI1OTk5OTk5OTk5MDAwMDAwA1');
    expect(message).toMatchObject({ direction: 'inbound', sender: 'customer', kind: 'text', status: 'received', text: 'Hi! Do you have slots on Friday?', workspaceId: channels.workspaceA, channelId: channels.instagram.id });
    expect(message.sentAt.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(message.conversation).toMatchObject({ kind: 'direct', status: 'open', openKey: `direct:${message.conversation.contactId}`, unreadCount: 1, lastMessagePreview: 'Hi! Do you have slots on Friday?' });
    expect(message.conversation.lastInboundAt?.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(message.conversation.contact.externalId).toBe('1234567890123456');
  });

  it('ig-dm-image → image message with a pending media row for the CDN url', async () => {
    await ingestFixture('ig-dm-image.json');
    const message = await messageByExternalId('aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDAxOjM0MDI4MjM2Njg0MTcxMDMwMTI0NDI1OTk5OTk5OTk5MDAwMDAwA2');
    expect(message).toMatchObject({ kind: 'image', text: null });
    expect(message.media).toEqual([expect.objectContaining({ kind: 'image', status: 'pending', sourceUrl: 'https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=18000000000000001&signature=FAKE_SIG' })]);
    // Same contact as the text fixture → same open conversation.
    expect(await db.conversation.count({ where: { contactId: message.conversation.contactId } })).toBe(1);
  });

  it('ig-dm-echo → outbound native_app message, no inbound, unread unchanged', async () => {
    await ingestFixture('ig-dm-echo.json');
    const message = await messageByExternalId('aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDAxOjM0MDI4MjM2Njg0MTcxMDMwMTI0NDI1OTk5OTk5OTk5MDAwMDAwA3');
    expect(message).toMatchObject({ direction: 'outbound', sender: 'native_app', status: 'sent', text: 'Sure! We have 10:00 and 14:30 on Friday.' });
    expect(message.conversation.contact.externalId).toBe('1234567890123456');
    expect(message.conversation.unreadCount).toBe(2);
    expect(await db.contact.count({ where: { externalId: '17841400000000001' } })).toBe(0);
  });

  it('ig-comment → comment in a comment_thread conversation per (contact, post)', async () => {
    await ingestFixture('ig-comment.json');
    const message = await messageByExternalId('17900000000000001');
    expect(message).toMatchObject({ kind: 'comment', direction: 'inbound', text: 'Price? 😍' });
    expect(message.conversation).toMatchObject({ kind: 'comment_thread', postId: '18000000000000101' });
    expect(message.conversation.openKey).toBe(`comment:${message.conversation.contactId}:18000000000000101`);
    expect(message.conversation.contact.username).toBe('ana.test');
  });

  it('messenger-text → messenger channel message', async () => {
    await ingestFixture('messenger-text.json');
    const message = await messageByExternalId('m_FAKEmid0000000000000000000000000000000000000000000001');
    expect(message).toMatchObject({ channelId: channels.messenger.id, kind: 'text', text: 'Hello, are you open on Sunday?' });
    expect(message.conversation.contact.externalId).toBe('7000000000000001');
  });

  it('wa-text → contact with profile name, text with second-precision time', async () => {
    await ingestFixture('wa-text.json');
    const message = await messageByExternalId('wamid.HBgLMTU1NTEyMzQ1NjcVAgASGBQzQUIxMjM0NTY3ODkwQUJDREVGM01AA=');
    expect(message).toMatchObject({ channelId: channels.whatsapp.id, kind: 'text', text: 'Hi, I want to book a consultation' });
    expect(message.sentAt.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(message.conversation.contact).toMatchObject({ externalId: '15551234567', name: 'Ana Test' });
  });

  it('wa-image → image with caption and a pending media row by media id', async () => {
    await ingestFixture('wa-image.json');
    const message = await messageByExternalId('wamid.HBgLMTU1NTEyMzQ1NjcVAgASGBQzQUIxMjM0NTY3ODkwQUJDREVGM02AA=');
    expect(message).toMatchObject({ kind: 'image', text: 'This is the product' });
    expect(message.media).toEqual([expect.objectContaining({ externalMediaId: '1234567890123401', mimeType: 'image/jpeg', status: 'pending', sha256: 'q+0P0JvS1cMtOGv1Mlv7vTzQhRKOw0aXMGd2XNV2WAc=' })]);
  });

  it('wa-audio-voice → audio marked as voice', async () => {
    await ingestFixture('wa-audio-voice.json');
    const message = await messageByExternalId('wamid.HBgLMTU1NTEyMzQ1NjcVAgASGBQzQUIxMjM0NTY3ODkwQUJDREVGM03AA=');
    expect(message).toMatchObject({ kind: 'audio', details: { voice: true } });
    expect(message.media[0]).toMatchObject({ externalMediaId: '1234567890123402', mimeType: 'audio/ogg; codecs=opus' });
  });

  it('wa-batch-3-messages → 3 messages in one conversation', async () => {
    await ingestFixture('wa-batch-3-messages.json');
    const messages = await db.message.findMany({ where: { externalId: { in: ['wamid.HBgLMTU1NTEyMzQ1NjcVAgASGBQzQUIxMjM0NTY3ODkwQUJDREVGM11AA=', 'wamid.HBgLMTU1NTEyMzQ1NjcVAgASGBQzQUIxMjM0NTY3ODkwQUJDREVGM12AA=', 'wamid.HBgLMTU1NTEyMzQ1NjcVAgASGBQzQUIxMjM0NTY3ODkwQUJDREVGM13AA='] } }, orderBy: { sentAt: 'asc' } });
    expect(messages.map((m) => m.text)).toEqual(['Hello', 'I need to reschedule', 'to next Tuesday please']);
    expect(new Set(messages.map((m) => m.conversationId)).size).toBe(1);
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: messages[0]!.conversationId } });
    expect(conversation.lastMessagePreview).toBe('to next Tuesday please');
  });

  it('ig-batch-2-entries → one message per tenant', async () => {
    await ingestFixture('ig-batch-2-entries.json');
    const [first, second] = await Promise.all([messageByExternalId('aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDAxOjM0MDI4MjM2Njg0MTcxMDMwMTI0NDI1OTk5OTk5OTk5MDAwMDAwB1'), messageByExternalId('aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDAxOjM0MDI4MjM2Njg0MTcxMDMwMTI0NDI1OTk5OTk5OTk5MDAwMDAwB2')]);
    expect(first.workspaceId).toBe(channels.workspaceA);
    expect(second.workspaceId).toBe(channels.workspaceB);
    expect(second.channelId).toBe(channels.instagram2.id);
  });

  it('wa-status-delivered and wa-status-failed before their messages wait as pending statuses', async () => {
    await ingestFixture('wa-status-delivered.json');
    await ingestFixture('wa-status-failed.json');
    const pending = await db.pendingMessageStatus.findMany({ where: { channelId: channels.whatsapp.id }, orderBy: { status: 'asc' } });
    expect(pending.map((p) => [p.status, p.errorCode])).toEqual([
      ['delivered', null],
      ['failed', '131047'],
    ]);
  });
});

describe('processing rules', () => {
  it('a duplicate delivery yields one message', async () => {
    await ingestFixture('messenger-text.json');
    await ingestFixture('messenger-text.json');
    expect(await db.message.count({ where: { externalId: 'm_FAKEmid0000000000000000000000000000000000000000000001' } })).toBe(1);
    const message = await messageByExternalId('m_FAKEmid0000000000000000000000000000000000000000000001');
    expect(message.conversation.unreadCount).toBe(1);
  });

  it('keeps unicode and emoji text intact', async () => {
    const text = 'Zoë says 你好 — 👩🏽‍💻🇵🇹 «ok» \u{1F600}';
    await ingest(igMessage('mid-unicode', { text }));
    expect((await messageByExternalId('mid-unicode')).text).toBe(text);
  });

  it('skips a comment written by the business itself', async () => {
    const body = fixtureBytes('ig-comment.json').toString('utf8').replace('"id": "1234567890123456"', '"id": "17841400000000001"').replace('17900000000000001', '17900000000000999');
    const [event] = await ingest(body);
    expect(event!.status).toBe('processed');
    expect(await db.message.count({ where: { externalId: '17900000000000999' } })).toBe(0);
  });

  it('an echo of a message already stored by mid is not duplicated', async () => {
    const before = await db.message.count();
    await ingestFixture('ig-dm-echo.json');
    expect(await db.message.count()).toBe(before);
  });

  it('out of order: delivered then message → applied; read before delivered never downgrades; failed keeps its code', async () => {
    const wamid = 'wamid.OUT-OF-ORDER-1';
    const status = (s: string, ts: string, errors?: unknown[]) => waChange({ statuses: [{ id: wamid, status: s, timestamp: ts, recipient_id: '15551234567', ...(errors ? { errors } : {}) }] });
    await ingest(status('delivered', '1735689700'));
    // The outbound message is stored later (by the send path); its echo arrives as a status only
    // on WhatsApp, so store it the way the send job would: through a message with that wamid.
    const contact = await db.contact.findFirstOrThrow({ where: { channelId: channels.whatsapp.id } });
    const conversation = await db.conversation.findFirstOrThrow({ where: { contactId: contact.id } });
    const { storeMessage } = await import('@/lib/inbox/store-message');
    await storeMessage({ workspaceId: channels.workspaceA, channelId: channels.whatsapp.id, conversationId: conversation.id, message: { externalId: wamid, contactExternalId: '15551234567', direction: 'outbound', sender: 'operator', kind: 'text', text: 'Your slot is confirmed', sentAt: new Date(1735689690_000) } });
    let message = await messageByExternalId(wamid);
    expect(message.status).toBe('delivered');
    expect(message.deliveredAt?.toISOString()).toBe('2025-01-01T00:01:40.000Z');
    expect(await db.pendingMessageStatus.count({ where: { externalId: wamid } })).toBe(0);

    await ingest(status('read', '1735689710'));
    await ingest(status('delivered', '1735689705'));
    await ingest(status('sent', '1735689701'));
    message = await messageByExternalId(wamid);
    expect(message.status).toBe('read');
    expect(message.readAt?.toISOString()).toBe('2025-01-01T00:01:50.000Z');
  });

  it('a failed status stores 131047 with its title and is final', async () => {
    const wamid = 'wamid.HBgLMTU1NTEyMzQ1NjcVAgASGBQzQUIxMjM0NTY3ODkwQUJDREVGM91AA=';
    const contact = await db.contact.findFirstOrThrow({ where: { channelId: channels.whatsapp.id } });
    const conversation = await db.conversation.findFirstOrThrow({ where: { contactId: contact.id } });
    const { storeMessage } = await import('@/lib/inbox/store-message');
    // The pending failed status from the fixture test applies as soon as the message exists.
    await storeMessage({ workspaceId: channels.workspaceA, channelId: channels.whatsapp.id, conversationId: conversation.id, message: { externalId: wamid, contactExternalId: '15551234567', direction: 'outbound', sender: 'ai', kind: 'text', text: 'Follow-up', sentAt: new Date(1735689500_000) } });
    let message = await messageByExternalId(wamid);
    expect(message).toMatchObject({ status: 'failed', errorCode: '131047', errorMessage: 'Re-engagement message' });
    await ingest(waChange({ statuses: [{ id: wamid, status: 'read', timestamp: '1735689800', recipient_id: '15551234567' }] }));
    message = await messageByExternalId(wamid);
    expect(message.status).toBe('failed');
  });

  it('an IG deletion marks the message deleted and clears its text', async () => {
    await ingest(igMessage('mid-to-delete', { text: 'oops, wrong chat' }));
    await ingest(igMessage('mid-to-delete', { is_deleted: true }));
    expect(await messageByExternalId('mid-to-delete')).toMatchObject({ status: 'deleted', text: null });
  });

  it('IG reactions create one reaction row per (message, person) and unreact clears it', async () => {
    const reaction = (action: string, emoji?: string) =>
      JSON.stringify({ object: 'instagram', entry: [{ id: '17841400000000001', time: 1, messaging: [{ sender: { id: '1234567890123456' }, recipient: { id: '17841400000000001' }, timestamp: 1735689800000, reaction: { mid: 'mid-unicode', action, ...(emoji ? { reaction: 'love', emoji } : {}) } }] }] });
    await ingest(reaction('react', '❤️'));
    expect(await messageByExternalId('reaction:mid-unicode:1234567890123456')).toMatchObject({ kind: 'reaction', text: '❤️' });
    await ingest(reaction('unreact'));
    expect(await messageByExternalId('reaction:mid-unicode:1234567890123456')).toMatchObject({ kind: 'reaction', text: null });
    expect(await db.message.count({ where: { externalId: 'reaction:mid-unicode:1234567890123456' } })).toBe(1);
  });

  it('an IG read receipt marks our earlier outbound messages read', async () => {
    const echoMid = 'aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDAxOjM0MDI4MjM2Njg0MTcxMDMwMTI0NDI1OTk5OTk5OTk5MDAwMDAwA3';
    const body = JSON.stringify({ object: 'instagram', entry: [{ id: '17841400000000001', time: 1, messaging: [{ sender: { id: '1234567890123456' }, recipient: { id: '17841400000000001' }, timestamp: 1735689900000, read: { mid: echoMid } }] }] });
    await ingest(body);
    expect(await messageByExternalId(echoMid)).toMatchObject({ status: 'read' });
  });

  it('a story mention keeps its media remote only (IG policy), not queued for download', async () => {
    await ingest(igMessage('mid-story-mention', { attachments: [{ type: 'story_mention', payload: { url: 'https://lookaside.fbsbx.com/story/1' } }] }));
    const message = await messageByExternalId('mid-story-mention');
    expect(message.kind).toBe('story_mention');
    expect(message.media).toEqual([expect.objectContaining({ status: 'remote_only', sourceUrl: 'https://lookaside.fbsbx.com/story/1' })]);
  });

  it('an unknown account stays unroutable and is not processed', async () => {
    const body = fixtureBytes('messenger-text.json').toString('utf8').replaceAll('100000000000001', '100000000009999').replace('m_FAKEmid', 'm_OTHERmid');
    const [event] = await ingest(body);
    expect(event!.status).toBe('unroutable');
    expect(await db.message.count({ where: { externalId: { startsWith: 'm_OTHERmid' } } })).toBe(0);
  });

  it('a unit that cannot be normalised is dead at once, with its payload kept', async () => {
    const body = JSON.stringify({ object: 'instagram', entry: [{ id: '17841400000000001', time: 1, messaging: [{ sender: { id: '1' }, recipient: { id: '17841400000000001' }, timestamp: 'yesterday', message: { mid: 'x' } }] }] });
    const [event] = await ingest(body);
    expect(event).toMatchObject({ status: 'dead', attempts: 1 });
    expect(event!.lastError).toMatch(/Could not normalise/);
    expect(event!.payload).toMatchObject({ id: '17841400000000001' });
  });
});
