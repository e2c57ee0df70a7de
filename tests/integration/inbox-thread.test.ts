// The thread view's data: order, keyset "Load earlier" pages, reactions and quotes attached,
// media rows, operator names; the contact panel; mark-read with its inbox event; and tenant
// isolation (workspace B's conversation id is "not found" in A).
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getContactPanel } from '@/lib/inbox/get-contact-panel';
import { listThreadMessages } from '@/lib/inbox/list-thread-messages';
import { markConversationRead } from '@/lib/inbox/mark-conversation-read';
import { decodeThreadCursor, encodeThreadCursor } from '@/lib/inbox/thread-cursor';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { createChannel, createConversation, createInboundMessage } from '../channel-factories';
import { twoWorkspaceContexts } from '../factories';

const base = Date.parse('2026-11-01T12:00:00.000Z');
const at = (minutes: number) => new Date(base + minutes * 60_000);

let ctx: WorkspaceContext;
let otherCtx: WorkspaceContext;
let workspaceId: string;
let channel: { id: string; workspaceId: string };
let conversationId: string;
let contactId: string;
let otherConversationId: string;

beforeAll(async () => {
  ({ workspaceId, ctx, otherCtx } = await twoWorkspaceContexts());
  channel = await createChannel(workspaceId, 'instagram');
  const created = await createConversation(channel);
  conversationId = created.conversation.id;
  contactId = created.contact.id;
  const otherChannel = await createChannel(otherCtx.workspace.id, 'instagram');
  otherConversationId = (await createConversation(otherChannel)).conversation.id;
  await createInboundMessage({ channel: otherChannel, conversationId: otherConversationId, text: 'B secret' });
});

describe('listThreadMessages', () => {
  it('returns the newest page oldest → newest and pages earlier by (sentAt, id)', async () => {
    const { conversation } = await createConversation(channel);
    // 7 messages, two sharing a timestamp (the id breaks the tie).
    const ids: string[] = [];
    for (const minute of [1, 2, 3, 3, 4, 5, 6]) ids.push((await createInboundMessage({ channel, conversationId: conversation.id, sentAt: at(minute), text: `m${minute}` })).id);
    const expected = (await db.message.findMany({ where: { conversationId: conversation.id }, orderBy: [{ sentAt: 'asc' }, { id: 'asc' }], select: { id: true } })).map((m) => m.id);

    const newest = await listThreadMessages({ ctx, conversationId: conversation.id, pageSize: 3 });
    expect(newest.messages.map((m) => m.id)).toEqual(expected.slice(4));
    expect(newest.earlierCursor).not.toBeNull();
    const middle = await listThreadMessages({ ctx, conversationId: conversation.id, pageSize: 3, before: newest.earlierCursor });
    expect(middle.messages.map((m) => m.id)).toEqual(expected.slice(1, 4));
    const oldest = await listThreadMessages({ ctx, conversationId: conversation.id, pageSize: 3, before: middle.earlierCursor });
    expect(oldest.messages.map((m) => m.id)).toEqual(expected.slice(0, 1));
    expect(oldest.earlierCursor).toBeNull();
    expect(ids).toHaveLength(7);
  });

  it('ignores a malformed cursor (newest page)', async () => {
    const page = await listThreadMessages({ ctx, conversationId, before: 'not-a-cursor!' });
    expect(page.earlierCursor).toBeNull();
    expect(decodeThreadCursor('%%%')).toBeNull();
    const cursor = { sentAt: at(1), id: '0190a2b3-0000-7000-8000-000000000000' };
    expect(decodeThreadCursor(encodeThreadCursor(cursor))).toEqual(cursor);
  });

  it('attaches reactions and quotes, and returns media, status, error and operator name', async () => {
    const { conversation } = await createConversation(channel);
    const target = await createInboundMessage({ channel, conversationId: conversation.id, sentAt: at(10), text: 'can I get a refund?', externalId: 'mid.target' });
    await db.messageMedia.create({ data: { workspaceId, messageId: target.id, kind: 'image', mimeType: 'image/jpeg', sizeBytes: 1234, status: 'stored', storageKey: 'x' } });
    await db.message.create({
      data: {
        workspaceId, channelId: channel.id, conversationId: conversation.id, direction: 'inbound', sender: 'customer', status: 'received', kind: 'reaction',
        externalId: 'reaction:mid.target:1', text: '❤️', details: { targetExternalId: 'mid.target', emoji: '❤️', action: 'react' }, sentAt: at(11),
      },
    });
    await db.message.create({
      data: {
        workspaceId, channelId: channel.id, conversationId: conversation.id, direction: 'inbound', sender: 'customer', status: 'received', kind: 'reaction',
        externalId: 'reaction:mid.gone:1', text: '😂', details: { targetExternalId: 'mid.gone', emoji: '😂', action: 'react' }, sentAt: at(12),
      },
    });
    await db.message.create({
      data: {
        workspaceId, channelId: channel.id, conversationId: conversation.id, direction: 'inbound', sender: 'customer', status: 'received', kind: 'text',
        externalId: 'mid.quote', text: 'this one', details: { replyToExternalId: 'mid.target' }, sentAt: at(13),
      },
    });
    await db.message.create({
      data: {
        workspaceId, channelId: channel.id, conversationId: conversation.id, direction: 'outbound', sender: 'operator', status: 'failed', kind: 'text',
        text: 'sure', authorUserId: ctx.user.id, errorCode: '10', errorMessage: 'Outside the allowed window', sentAt: at(14),
      },
    });
    const { messages } = await listThreadMessages({ ctx, conversationId: conversation.id });
    expect(messages.map((m) => m.kind)).toEqual(['text', 'reaction', 'text', 'text']);
    const [first, orphanReaction, quote, failed] = messages;
    expect(first!.reactions.map((r) => r.emoji)).toEqual(['❤️']);
    expect(first!.media).toMatchObject([{ kind: 'image', status: 'stored', sizeBytes: 1234 }]);
    expect(orphanReaction!.text).toBe('😂');
    expect(quote!.replyTo).toEqual({ found: true, text: 'can I get a refund?' });
    expect(failed).toMatchObject({ status: 'failed', errorMessage: 'Outside the allowed window', authorName: ctx.user.name });
  });

  it("refuses workspace B's conversation id (not found) and never returns B's messages", async () => {
    await expect(listThreadMessages({ ctx, conversationId: otherConversationId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getContactPanel({ ctx, conversationId: otherConversationId })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('getContactPanel', () => {
  it('lists the contact, channel identity and the other conversations of this contact', async () => {
    const older = await db.conversation.create({ data: { workspaceId, channelId: channel.id, contactId, status: 'closed', lastMessagePreview: 'old thread', createdAt: at(-1000) } });
    const panel = await getContactPanel({ ctx, conversationId });
    expect(panel.contact.id).toBe(contactId);
    expect(panel.contact.channel.type).toBe('instagram');
    expect(panel.previousConversations.map((c) => c.id)).toEqual([older.id]);
  });
});

describe('markConversationRead', () => {
  it('sets unreadCount to 0 and records one conversation.updated event (none when already read)', async () => {
    const { conversation } = await createConversation(channel);
    await db.conversation.update({ where: { id: conversation.id }, data: { unreadCount: 3 } });
    const events = () => db.inboxEvent.findMany({ where: { workspaceId, conversationId: conversation.id, type: 'conversation.updated' } });
    expect(await markConversationRead({ ctx, conversationId: conversation.id })).toEqual({ changed: true });
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).unreadCount).toBe(0);
    const recorded = await events();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.payload).toMatchObject({ changes: ['unread'] });
    expect(typeof (recorded[0]!.payload as { unreadTotal?: unknown }).unreadTotal).toBe('number');
    expect(await markConversationRead({ ctx, conversationId: conversation.id })).toEqual({ changed: false });
    expect(await events()).toHaveLength(1);
  });

  it("refuses B's conversation and leaves it unread", async () => {
    await db.conversation.update({ where: { id: otherConversationId }, data: { unreadCount: 2 } });
    await expect(markConversationRead({ ctx, conversationId: otherConversationId })).rejects.toMatchObject({ code: 'not_found' });
    expect((await db.conversation.findUniqueOrThrow({ where: { id: otherConversationId } })).unreadCount).toBe(2);
  });
});
