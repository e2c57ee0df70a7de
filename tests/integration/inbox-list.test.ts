// The inbox list query: ordering, every filter, full-text search, keyset pagination, counts,
// and tenant isolation (workspace B never leaks into A's list, search or counts).
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { encodeConversationCursor } from '@/lib/inbox/conversation-cursor';
import type { ConversationFilters } from '@/lib/inbox/conversation-filters.schema';
import { countConversationsByFilter } from '@/lib/inbox/count-conversations-by-filter';
import { listConversations } from '@/lib/inbox/list-conversations';
import type { ChannelType, ConversationHandling, ConversationStatus } from '@/lib/generated/prisma/enums';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { createChannel } from '../channel-factories';
import { addMember, contextFor, twoWorkspaceContexts } from '../factories';

type Channel = { id: string; workspaceId: string; type: ChannelType };
const base = Date.parse('2026-11-01T12:00:00.000Z');
const at = (minutes: number) => new Date(base + minutes * 60_000);

async function conversation(channel: Channel, options: {
  minutes: number; name?: string; username?: string; texts?: string[]; status?: ConversationStatus; handling?: ConversationHandling;
  assigneeId?: string | null; needsHuman?: boolean; unreadCount?: number; labelIds?: string[];
}) {
  const contact = await db.contact.create({ data: { workspaceId: channel.workspaceId, channelId: channel.id, externalId: randomBytes(6).toString('hex'), name: options.name ?? null, username: options.username ?? null } });
  const texts = options.texts ?? ['hello there'];
  const created = await db.conversation.create({
    data: {
      workspaceId: channel.workspaceId, channelId: channel.id, contactId: contact.id, status: options.status ?? 'open', handling: options.handling ?? 'ai_draft',
      assigneeId: options.assigneeId ?? null, needsHuman: options.needsHuman ?? false, unreadCount: options.unreadCount ?? 0,
      lastMessageAt: at(options.minutes), lastMessagePreview: texts.at(-1) ?? null,
      labels: options.labelIds ? { create: options.labelIds.map((labelId) => ({ workspaceId: channel.workspaceId, labelId })) } : undefined,
    },
  });
  await db.message.createMany({
    data: texts.map((text, i) => ({
      workspaceId: channel.workspaceId, channelId: channel.id, conversationId: created.id, direction: 'inbound' as const, sender: 'customer' as const,
      status: 'received' as const, kind: 'text' as const, externalId: `m_${randomBytes(8).toString('hex')}`, text, sentAt: at(options.minutes - texts.length + i + 1),
    })),
  });
  return created.id;
}

const ids = async (ctx: WorkspaceContext, filters: Partial<ConversationFilters> = {}) =>
  (await listConversations({ ctx, filters })).conversations.map((c) => c.id);

let ctx: WorkspaceContext;
let otherCtx: WorkspaceContext;
let agentCtx: WorkspaceContext;
let ig: Channel;
let wa: Channel;
let otherIg: Channel;
const c: Record<string, string> = {};
let vipLabel: string;
let otherLabel: string;

beforeAll(async () => {
  let workspaceId: string;
  ({ workspaceId, ctx, otherCtx } = await twoWorkspaceContexts());
  const agent = await addMember(workspaceId, 'agent');
  agentCtx = await contextFor(agent.id, workspaceId);
  ig = await createChannel(workspaceId, 'instagram');
  wa = await createChannel(workspaceId, 'whatsapp');
  otherIg = await createChannel(otherCtx.workspace.id, 'instagram');
  vipLabel = (await db.label.create({ data: { workspaceId, name: 'VIP', color: '#f59e0b' } })).id;
  otherLabel = (await db.label.create({ data: { workspaceId, name: 'Billing', color: '#0ea5e9' } })).id;

  c.old = await conversation(ig, { minutes: 1, name: 'Ana Souza', texts: ['Where is my order?', 'order #1234 still not here'] });
  c.newest = await conversation(wa, { minutes: 10, username: 'mariopizza', texts: ['Quero um reembolso 🍕 por favor', 'obrigado'], unreadCount: 2 });
  c.escalated = await conversation(ig, { minutes: 2, name: 'Zoë Łukasz', texts: ['I want to speak to a human'], needsHuman: true, handling: 'human', assigneeId: ctx.user.id, labelIds: [vipLabel] });
  c.mine = await conversation(wa, { minutes: 5, name: 'Bob Builder', texts: ['Can you fix it?'], assigneeId: ctx.user.id, handling: 'human', unreadCount: 1 });
  c.agents = await conversation(ig, { minutes: 6, name: 'Carla Diaz', texts: ['precio del envío'], assigneeId: agent.id, handling: 'ai_auto', labelIds: [vipLabel, otherLabel] });
  c.pending = await conversation(ig, { minutes: 7, name: 'Dan Pending', status: 'pending', unreadCount: 4 });
  c.snoozed = await conversation(wa, { minutes: 8, name: 'Eve Snoozed', status: 'snoozed' });
  c.closed = await conversation(ig, { minutes: 9, name: 'Fay Closed', status: 'closed', unreadCount: 3, texts: ['refund received, thanks'] });
  // Workspace B: texts and names that match A's searches.
  c.bOrder = await conversation(otherIg, { minutes: 20, name: 'Ana Souza', texts: ['order #1234 still not here', 'reembolso 🍕'], needsHuman: true, unreadCount: 9 });
});

describe('listConversations', () => {
  it('orders needs-human first, then newest activity, open by default, with display fields', async () => {
    const page = await listConversations({ ctx, filters: {} });
    expect(page.conversations.map((x) => x.id)).toEqual([c.escalated, c.newest, c.agents, c.mine, c.old]);
    expect(page.nextCursor).toBeNull();
    const newest = page.conversations[1]!;
    expect(newest).toMatchObject({ status: 'open', unreadCount: 2, lastMessagePreview: 'obrigado', contact: { username: 'mariopizza' }, channel: { id: wa.id, type: 'whatsapp' } });
    expect(page.conversations[2]!.labels.map((l) => l.name).sort()).toEqual(['Billing', 'VIP']);
  });

  it('filters by status, channel id and type, assignee, handling, label and needs-human', async () => {
    expect(await ids(ctx, { status: 'pending' })).toEqual([c.pending]);
    expect(await ids(ctx, { status: 'snoozed' })).toEqual([c.snoozed]);
    expect(await ids(ctx, { status: 'closed' })).toEqual([c.closed]);
    expect(await ids(ctx, { channel: wa.id })).toEqual([c.newest, c.mine]);
    expect(await ids(ctx, { channel: 'instagram' })).toEqual([c.escalated, c.agents, c.old]);
    expect(await ids(ctx, { channel: 'messenger' })).toEqual([]);
    expect(await ids(ctx, { assignee: 'me' })).toEqual([c.escalated, c.mine]);
    expect(await ids(agentCtx, { assignee: 'me' })).toEqual([c.agents]);
    expect(await ids(ctx, { assignee: agentCtx.user.id })).toEqual([c.agents]);
    expect(await ids(ctx, { assignee: 'unassigned' })).toEqual([c.newest, c.old]);
    expect(await ids(ctx, { assignee: 'anyone' })).toHaveLength(5);
    expect(await ids(ctx, { handling: 'human' })).toEqual([c.escalated, c.mine]);
    expect(await ids(ctx, { handling: 'ai_auto' })).toEqual([c.agents]);
    expect(await ids(ctx, { handling: 'ai_draft' })).toEqual([c.newest, c.old]);
    expect(await ids(ctx, { label: vipLabel })).toEqual([c.escalated, c.agents]);
    expect(await ids(ctx, { label: otherLabel })).toEqual([c.agents]);
    expect(await ids(ctx, { needsHuman: '1' })).toEqual([c.escalated]);
  });

  it('combines filters', async () => {
    expect(await ids(ctx, { channel: 'instagram', label: vipLabel, handling: 'human' })).toEqual([c.escalated]);
    expect(await ids(ctx, { channel: wa.id, assignee: 'me' })).toEqual([c.mine]);
    expect(await ids(ctx, { channel: wa.id, assignee: 'me', handling: 'ai_auto' })).toEqual([]);
    expect(await ids(ctx, { status: 'closed', q: 'refund' })).toEqual([c.closed]);
    expect(await ids(ctx, { q: 'order', assignee: 'unassigned', channel: 'instagram' })).toEqual([c.old]);
  });

  it('searches message text, including unicode, emoji and multi-word queries', async () => {
    expect(await ids(ctx, { q: 'order' })).toEqual([c.old]);
    expect(await ids(ctx, { q: 'still not here' })).toEqual([c.old]);
    expect(await ids(ctx, { q: 'still banana' })).toEqual([]);
    expect(await ids(ctx, { q: '"not here"' })).toEqual([c.old]);
    expect(await ids(ctx, { q: 'reembolso' })).toEqual([c.newest]);
    expect(await ids(ctx, { q: 'REEMBOLSO 🍕' })).toEqual([c.newest]);
    expect(await ids(ctx, { q: 'envío' })).toEqual([c.agents]);
    expect(await ids(ctx, { q: 'human OR fix' })).toEqual([c.escalated, c.mine]);
    expect(await ids(ctx, { q: "'; drop table \"Conversation\"; --" })).toEqual([]);
  });

  it('searches contact names and usernames', async () => {
    expect(await ids(ctx, { q: 'souza' })).toEqual([c.old]);
    expect(await ids(ctx, { q: 'mariopizza' })).toEqual([c.newest]);
    expect(await ids(ctx, { q: 'zoë łukasz' })).toEqual([c.escalated]);
    expect(await ids(ctx, { q: 'carla' })).toEqual([c.agents]);
  });

  it('never shows another workspace, even when the search matches it', async () => {
    const all = [
      ...(await ids(ctx, {})), ...(await ids(ctx, { q: 'order' })), ...(await ids(ctx, { q: 'reembolso' })), ...(await ids(ctx, { q: 'Ana Souza' })),
      ...(await ids(ctx, { needsHuman: '1' })), ...(await ids(ctx, { channel: otherIg.id })),
    ];
    expect(all).not.toContain(c.bOrder);
    expect(await ids(ctx, { channel: otherIg.id })).toEqual([]);
    expect(await ids(otherCtx, { q: 'order' })).toEqual([c.bOrder]);
    expect(await ids(otherCtx, { q: 'souza' })).toEqual([c.bOrder]);
    expect(await ids(otherCtx, { channel: ig.id })).toEqual([]);
    expect(await ids(otherCtx, { label: vipLabel })).toEqual([]);
  });

  it('paginates with a keyset cursor: every row exactly once, also with equal timestamps', async () => {
    const { workspace, owner } = await (await import('../factories')).createWorkspaceWithOwner();
    const pageCtx = await contextFor(owner.id, workspace.id);
    const channel = await createChannel(workspace.id, 'messenger');
    const created = new Set<string>();
    for (let i = 0; i < 23; i++) created.add(await conversation(channel, { minutes: i % 3 === 0 ? 100 : i, needsHuman: i % 7 === 0 }));
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listConversations({ ctx: pageCtx, filters: {}, cursor, limit: 5 });
      seen.push(...page.conversations.map((x) => x.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 20);
    expect(pages).toBe(5);
    expect(seen).toHaveLength(23);
    expect(new Set(seen)).toEqual(created);
    // Same order as one big page.
    expect(seen).toEqual((await listConversations({ ctx: pageCtx, filters: {}, limit: 100 })).conversations.map((x) => x.id));
  });

  it('ignores a tampered cursor and returns the first page', async () => {
    const first = await ids(ctx, {});
    for (const cursor of ['garbage', Buffer.from('{"n":true,"t":"x","i":"y"}').toString('base64url'), 'eyJuIjp0cnVlfQ']) {
      expect((await listConversations({ ctx, filters: {}, cursor })).conversations.map((x) => x.id)).toEqual(first);
    }
    // A well-formed cursor naming another workspace's row only moves the keyset; it never reveals rows.
    const foreign = encodeConversationCursor({ needsHuman: true, lastMessageAt: at(1000), id: c.bOrder! });
    expect(await listConversations({ ctx, filters: {}, cursor: foreign }).then((p) => p.conversations.map((x) => x.id))).toEqual(first);
  });
});

describe('countConversationsByFilter', () => {
  it('counts open, mine, unassigned, needs-human, per channel and unread in one query', async () => {
    expect(await countConversationsByFilter({ ctx })).toEqual({
      open: 5, mine: 2, unassigned: 2, needsHuman: 1, draftWaiting: 0, unread: 3,
      byChannel: { [ig.id]: 3, [wa.id]: 2 },
    });
    expect(await countConversationsByFilter({ ctx: agentCtx })).toMatchObject({ open: 5, mine: 1 });
    expect(await countConversationsByFilter({ ctx: otherCtx })).toEqual({ open: 1, mine: 0, unassigned: 1, needsHuman: 1, draftWaiting: 0, unread: 1, byChannel: { [otherIg.id]: 1 } });
  });
});
