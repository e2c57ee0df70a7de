// Normalisers per fixture (../shared/fixtures/meta) plus hand-written variants for the types
// without a fixture. Pure: no database.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseInstagram } from '@/lib/channels/providers/instagram/normalise-instagram';
import { instagramRoutingKey } from '@/lib/channels/providers/instagram/routing-key';
import { normaliseMessenger } from '@/lib/channels/providers/messenger/normalise-messenger';
import { normaliseWhatsapp } from '@/lib/channels/providers/whatsapp/normalise-whatsapp';
import { whatsappRoutingKey } from '@/lib/channels/providers/whatsapp/routing-key';
import { nextMessageState } from '@/lib/inbox/apply-message-status';
import { splitDelivery } from '@/lib/meta/webhooks/split-delivery';
import { META_FIXTURES_DIR } from '../support/fixtures-dir';

const fixture = (name: string) => readFileSync(path.join(META_FIXTURES_DIR, name), 'utf8');
const IG = { externalId: '17841400000000001' };
const PAGE = { externalId: '100000000000001' };

function units(name: string) {
  const split = splitDelivery(fixture(name));
  if (!split.ok) throw new Error(split.error);
  return split.units;
}

const igEntry = (item: Record<string, unknown>) => ({ id: IG.externalId, time: 1735689600500, messaging: [{ sender: { id: '1234567890123456' }, recipient: { id: IG.externalId }, timestamp: 1735689600000, ...item }] });
const waUnit = (value: Record<string, unknown>) => ({ id: '100000000000101', change: { field: 'messages', value: { messaging_product: 'whatsapp', metadata: { phone_number_id: '106540352242922' }, ...value } } });
const waMessage = (message: Record<string, unknown>) => waUnit({ contacts: [{ wa_id: '15551234567', profile: { name: 'Ana' } }], messages: [{ from: '15551234567', id: 'wamid.X', timestamp: '1735689600', ...message }] });

describe('instagram fixtures', () => {
  it('ig-dm-text', () => {
    const [unit] = units('ig-dm-text.json');
    expect(unit!.routingKey).toBe('17841400000000001');
    const event = normaliseInstagram(unit!.payload, IG);
    expect(event.messages).toEqual([expect.objectContaining({ contactExternalId: '1234567890123456', direction: 'inbound', sender: 'customer', kind: 'text', text: 'Hi! Do you have slots on Friday?', sentAt: new Date('2025-01-01T00:00:00Z') })]);
  });

  it('ig-dm-image', () => {
    const event = normaliseInstagram(units('ig-dm-image.json')[0]!.payload, IG);
    expect(event.messages[0]).toMatchObject({ kind: 'image', text: null, media: [{ kind: 'image', sourceUrl: expect.stringContaining('lookaside.fbsbx.com'), remoteOnly: false }] });
  });

  it('ig-dm-echo is outbound from native_app to the customer', () => {
    const event = normaliseInstagram(units('ig-dm-echo.json')[0]!.payload, IG);
    expect(event.messages[0]).toMatchObject({ direction: 'outbound', sender: 'native_app', contactExternalId: '1234567890123456' });
  });

  it('ig-comment', () => {
    const event = normaliseInstagram(units('ig-comment.json')[0]!.payload, IG);
    expect(event.messages[0]).toMatchObject({ externalId: '17900000000000001', kind: 'comment', text: 'Price? 😍', contactUsername: 'ana.test', post: { id: '18000000000000101', productType: 'FEED' } });
    expect(event.messages[0]!.sentAt.toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it('ig-batch-2-entries splits into two units with their own routing keys', () => {
    expect(units('ig-batch-2-entries.json').map((u) => u.routingKey)).toEqual(['17841400000000001', '17841400000000002']);
  });
});

describe('instagram variants', () => {
  it.each([
    ['video', 'video'],
    ['audio', 'audio'],
    ['file', 'document'],
  ])('attachment %s → %s', (type, kind) => {
    const event = normaliseInstagram(igEntry({ message: { mid: 'm1', attachments: [{ type, payload: { url: 'https://cdn/x' } }] } }), IG);
    expect(event.messages[0]).toMatchObject({ kind, media: [{ kind, sourceUrl: 'https://cdn/x' }] });
  });

  it('share keeps the link, no media', () => {
    const event = normaliseInstagram(igEntry({ message: { mid: 'm1', attachments: [{ type: 'share', payload: { url: 'https://instagram.com/p/1' } }] } }), IG);
    expect(event.messages[0]).toMatchObject({ kind: 'share', details: { share: { url: 'https://instagram.com/p/1' } } });
    expect(event.messages[0]!.media).toBeUndefined();
  });

  it('story_mention media is remote only', () => {
    const event = normaliseInstagram(igEntry({ message: { mid: 'm1', attachments: [{ type: 'story_mention', payload: { url: 'https://cdn/story' } }] } }), IG);
    expect(event.messages[0]).toMatchObject({ kind: 'story_mention', media: [{ remoteOnly: true, sourceUrl: 'https://cdn/story' }] });
  });

  it('story reply', () => {
    const event = normaliseInstagram(igEntry({ message: { mid: 'm1', text: 'love it', reply_to: { story: { id: 's1', url: 'https://cdn/s1' } } } }), IG);
    expect(event.messages[0]).toMatchObject({ kind: 'story_reply', text: 'love it', details: { story: { id: 's1', url: 'https://cdn/s1' } } });
  });

  it('reaction and unreact share one external id', () => {
    const react = normaliseInstagram(igEntry({ reaction: { mid: 'm1', action: 'react', reaction: 'love', emoji: '❤️' } }), IG).messages[0]!;
    const unreact = normaliseInstagram(igEntry({ reaction: { mid: 'm1', action: 'unreact' } }), IG).messages[0]!;
    expect(react).toMatchObject({ kind: 'reaction', text: '❤️', details: { targetExternalId: 'm1' } });
    expect(unreact).toMatchObject({ kind: 'reaction', text: null });
    expect(unreact.externalId).toBe(react.externalId);
  });

  it('read receipt → read status for the mid', () => {
    const event = normaliseInstagram(igEntry({ read: { mid: 'm9' } }), IG);
    expect(event.statuses).toEqual([{ externalId: 'm9', status: 'read', occurredAt: new Date(1735689600000) }]);
    expect(event.messages).toEqual([]);
  });

  it('deletion', () => {
    expect(normaliseInstagram(igEntry({ message: { mid: 'm1', is_deleted: true } }), IG).deletions).toEqual([{ externalId: 'm1', occurredAt: new Date(1735689600000) }]);
  });

  it.each([
    ['is_unsupported', { mid: 'm1', is_unsupported: true }],
    ['unknown attachment type', { mid: 'm1', attachments: [{ type: 'hologram', payload: { url: 'x' } }] }],
  ])('%s → unsupported with raw kept', (_label, message) => {
    const event = normaliseInstagram(igEntry({ message }), IG);
    expect(event.messages[0]).toMatchObject({ kind: 'unsupported', raw: expect.objectContaining({ message }) });
  });

  it('live_comments are comments; own comments and other fields are skipped', () => {
    const entry = {
      id: IG.externalId,
      time: 1735689600,
      changes: [
        { field: 'live_comments', value: { id: 'c1', text: 'hi', from: { id: '55' }, media: { id: 'live1' } } },
        { field: 'comments', value: { id: 'c2', text: 'thanks!', from: { id: IG.externalId } } },
        { field: 'mentions', value: { media_id: '1' } },
      ],
    };
    const event = normaliseInstagram(entry, IG);
    expect(event.messages.map((m) => m.externalId)).toEqual(['c1']);
    expect(event.skipped).toHaveLength(2);
  });

  it('throws on a malformed item (processing marks the event dead)', () => {
    expect(() => normaliseInstagram(igEntry({ timestamp: 'yesterday', message: { mid: 'm1' } }), IG)).toThrow();
  });

  it('routing key is entry.id', () => {
    expect(instagramRoutingKey({ id: '42' })).toBe('42');
    expect(instagramRoutingKey({})).toBeNull();
  });
});

describe('messenger', () => {
  it('messenger-text fixture', () => {
    const [unit] = units('messenger-text.json');
    expect(unit!.routingKey).toBe('100000000000001');
    expect(normaliseMessenger(unit!.payload, PAGE).messages[0]).toMatchObject({ contactExternalId: '7000000000000001', kind: 'text', text: 'Hello, are you open on Sunday?' });
  });

  const entry = (item: Record<string, unknown>) => ({ id: PAGE.externalId, time: 1, messaging: [{ sender: { id: '7000000000000001' }, recipient: { id: PAGE.externalId }, timestamp: 1735689600000, ...item }] });

  it('postback', () => {
    const event = normaliseMessenger(entry({ postback: { mid: 'p1', title: 'Book now', payload: 'BOOK' } }), PAGE);
    expect(event.messages[0]).toMatchObject({ externalId: 'p1', kind: 'postback', text: 'Book now', details: { payload: 'BOOK' } });
  });

  it('delivery mids → delivered statuses; read watermark → read status', () => {
    expect(normaliseMessenger(entry({ delivery: { mids: ['a', 'b'], watermark: 1 } }), PAGE).statuses.map((s) => [s.externalId, s.status])).toEqual([
      ['a', 'delivered'],
      ['b', 'delivered'],
    ]);
    expect(normaliseMessenger(entry({ read: { watermark: 1735689600123 } }), PAGE).statuses[0]).toMatchObject({ externalId: 'watermark:7000000000000001:1735689600123', status: 'read' });
  });

  it('a story reply on Messenger is not an IG story reply', () => {
    const event = normaliseMessenger(entry({ message: { mid: 'm', text: 'hi', reply_to: { mid: 'm0' } } }), PAGE);
    expect(event.messages[0]).toMatchObject({ kind: 'text', details: { replyToExternalId: 'm0' } });
  });
});

describe('whatsapp fixtures', () => {
  it('wa-text', () => {
    const [unit] = units('wa-text.json');
    expect(unit!.routingKey).toBe('106540352242922');
    expect(normaliseWhatsapp(unit!.payload).messages[0]).toMatchObject({ contactExternalId: '15551234567', contactName: 'Ana Test', kind: 'text', text: 'Hi, I want to book a consultation', sentAt: new Date('2025-01-01T00:00:00Z') });
  });

  it('wa-image', () => {
    expect(normaliseWhatsapp(units('wa-image.json')[0]!.payload).messages[0]).toMatchObject({ kind: 'image', text: 'This is the product', media: [{ externalMediaId: '1234567890123401', mimeType: 'image/jpeg' }] });
  });

  it('wa-audio-voice', () => {
    expect(normaliseWhatsapp(units('wa-audio-voice.json')[0]!.payload).messages[0]).toMatchObject({ kind: 'audio', details: { voice: true }, media: [{ externalMediaId: '1234567890123402' }] });
  });

  it('wa-batch-3-messages', () => {
    expect(normaliseWhatsapp(units('wa-batch-3-messages.json')[0]!.payload).messages.map((m) => m.text)).toEqual(['Hello', 'I need to reschedule', 'to next Tuesday please']);
  });

  it('wa-status-delivered', () => {
    const event = normaliseWhatsapp(units('wa-status-delivered.json')[0]!.payload);
    expect(event.messages).toEqual([]);
    expect(event.statuses).toEqual([{ externalId: 'wamid.HBgLMTU1NTEyMzQ1NjcVAgASGBQzQUIxMjM0NTY3ODkwQUJDREVGM90AA=', status: 'delivered', occurredAt: new Date('2025-01-01T00:00:00Z'), errorCode: null, errorTitle: null }]);
  });

  it('wa-status-failed', () => {
    expect(normaliseWhatsapp(units('wa-status-failed.json')[0]!.payload).statuses[0]).toMatchObject({ status: 'failed', errorCode: '131047', errorTitle: 'Re-engagement message' });
  });
});

describe('whatsapp variants', () => {
  it.each([
    ['video', { video: { id: 'v1', mime_type: 'video/mp4', caption: 'clip' } }, 'video'],
    ['document', { document: { id: 'd1', mime_type: 'application/pdf', filename: 'menu.pdf' } }, 'document'],
    ['sticker', { sticker: { id: 's1', mime_type: 'image/webp', animated: false } }, 'sticker'],
    ['audio', { audio: { id: 'a1', mime_type: 'audio/mpeg' } }, 'audio'],
  ])('%s', (type, body, kind) => {
    const message = normaliseWhatsapp(waMessage({ type, ...body })).messages[0]!;
    expect(message.kind).toBe(kind);
    expect(message.media?.[0]?.externalMediaId).toMatch(/1$/);
  });

  it('document keeps its file name', () => {
    expect(normaliseWhatsapp(waMessage({ type: 'document', document: { id: 'd1', filename: 'menu.pdf' } })).messages[0]!.media?.[0]?.fileName).toBe('menu.pdf');
  });

  it('location', () => {
    expect(normaliseWhatsapp(waMessage({ type: 'location', location: { latitude: 38.7, longitude: -9.1, name: 'Shop' } })).messages[0]).toMatchObject({ kind: 'location', text: 'Shop', details: { location: { latitude: 38.7 } } });
  });

  it('contacts', () => {
    expect(normaliseWhatsapp(waMessage({ type: 'contacts', contacts: [{ name: { formatted_name: 'Bo' } }] })).messages[0]).toMatchObject({ kind: 'contacts', details: { contacts: [{ name: { formatted_name: 'Bo' } }] } });
  });

  it('interactive button_reply and list_reply', () => {
    expect(normaliseWhatsapp(waMessage({ type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'yes', title: 'Yes' } } })).messages[0]).toMatchObject({ kind: 'interactive_reply', text: 'Yes', details: { replyId: 'yes' } });
    expect(normaliseWhatsapp(waMessage({ type: 'interactive', interactive: { type: 'list_reply', list_reply: { id: 'r2', title: 'Tuesday' } } })).messages[0]).toMatchObject({ kind: 'interactive_reply', text: 'Tuesday' });
  });

  it('template quick-reply button', () => {
    expect(normaliseWhatsapp(waMessage({ type: 'button', button: { text: 'Confirm', payload: 'CONFIRM' } })).messages[0]).toMatchObject({ kind: 'button_reply', text: 'Confirm', details: { payload: 'CONFIRM' } });
  });

  it('reaction, and an empty emoji removes it (same external id)', () => {
    const added = normaliseWhatsapp(waMessage({ type: 'reaction', reaction: { message_id: 'wamid.T', emoji: '👍' } })).messages[0]!;
    const removed = normaliseWhatsapp(waMessage({ type: 'reaction', reaction: { message_id: 'wamid.T', emoji: '' } })).messages[0]!;
    expect(added).toMatchObject({ kind: 'reaction', text: '👍', details: { targetExternalId: 'wamid.T' } });
    expect(removed).toMatchObject({ kind: 'reaction', text: null, details: { action: 'unreact' } });
    expect(removed.externalId).toBe(added.externalId);
  });

  it.each(['order', 'system', 'unknown', 'unsupported'])('%s → unsupported with raw', (type) => {
    const message = normaliseWhatsapp(waMessage({ type, [type]: { anything: 1 } })).messages[0]!;
    expect(message).toMatchObject({ kind: 'unsupported', raw: expect.objectContaining({ type }) });
  });

  it('reply context is kept', () => {
    expect(normaliseWhatsapp(waMessage({ type: 'text', text: { body: 'yes' }, context: { id: 'wamid.Q' } })).messages[0]).toMatchObject({ details: { replyToExternalId: 'wamid.Q' } });
  });

  it('other change fields are skipped', () => {
    const event = normaliseWhatsapp({ id: '1', change: { field: 'message_template_status_update', value: { event: 'APPROVED' } } });
    expect(event.skipped[0]!.reason).toMatch(/message_template_status_update/);
  });

  it('routing key is metadata.phone_number_id', () => {
    expect(whatsappRoutingKey(waUnit({}))).toBe('106540352242922');
    expect(whatsappRoutingKey({ id: '1', change: { value: {} } })).toBeNull();
  });
});

describe('status ordering', () => {
  const base = { deliveredAt: null, readAt: null };
  const at = new Date('2025-01-01T00:00:00Z');
  it('moves forward only', () => {
    expect(nextMessageState({ ...base, status: 'sent' }, { status: 'delivered', occurredAt: at })).toMatchObject({ status: 'delivered', deliveredAt: at });
    expect(nextMessageState({ status: 'read', deliveredAt: at, readAt: at }, { status: 'delivered', occurredAt: at })).toBeNull();
    expect(nextMessageState({ ...base, status: 'read', readAt: at }, { status: 'delivered', occurredAt: at })).toEqual({ deliveredAt: at });
  });
  it('failed is final, with its code', () => {
    expect(nextMessageState({ ...base, status: 'sent' }, { status: 'failed', occurredAt: at, errorCode: '131047', errorTitle: 'Re-engagement message' })).toMatchObject({ status: 'failed', errorCode: '131047' });
    expect(nextMessageState({ ...base, status: 'failed' }, { status: 'read', occurredAt: at })).toBeNull();
  });
});
