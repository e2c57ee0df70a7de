import { describe, expect, it } from 'vitest';
import { decodeConversationCursor, encodeConversationCursor } from '@/lib/inbox/conversation-cursor';
import { conversationFiltersSchema } from '@/lib/inbox/conversation-filters.schema';

const key = { needsHuman: true, lastMessageAt: new Date('2026-11-27T10:11:12.345Z'), id: '0193a4b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b' };

describe('conversation cursor', () => {
  it('round-trips the sort key as opaque base64url', () => {
    const encoded = encodeConversationCursor(key);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeConversationCursor(encoded)).toEqual(key);
  });

  it('treats anything tampered or malformed as no cursor', () => {
    const encoded = encodeConversationCursor(key);
    const json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const bad of [
      undefined, '', 'x', `${encoded}!`, encoded.slice(0, -3), 'a'.repeat(400),
      json({ n: 'yes', t: key.lastMessageAt.toISOString(), i: key.id }),
      json({ n: true, t: 'yesterday', i: key.id }),
      json({ n: true, t: key.lastMessageAt.toISOString(), i: "1' or 1=1 --" }),
      Buffer.from('not json').toString('base64url'),
    ]) {
      expect(decodeConversationCursor(bad)).toBeNull();
    }
  });
});

describe('conversation filters schema', () => {
  it('defaults to open conversations, anyone assigned', () => {
    expect(conversationFiltersSchema.parse({})).toEqual({ status: 'open', assignee: 'anyone' });
  });

  it('falls back instead of failing on junk, and keeps valid values', () => {
    const parsed = conversationFiltersSchema.parse({ status: 'deleted', assignee: 'nobody', channel: 'telegram', handling: 'robot', label: '1', q: '  ', needsHuman: 'yes' });
    expect(parsed).toEqual({ status: 'open', assignee: 'anyone' });
    const id = '0193a4b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b';
    expect(conversationFiltersSchema.parse({ status: 'snoozed', assignee: id, channel: 'whatsapp', handling: 'human', label: id, q: ' refund please ', needsHuman: '1' }))
      .toEqual({ status: 'snoozed', assignee: id, channel: 'whatsapp', handling: 'human', label: id, q: 'refund please', needsHuman: '1' });
    expect(conversationFiltersSchema.parse({ q: 'x'.repeat(201) }).q).toBeUndefined();
  });
});
