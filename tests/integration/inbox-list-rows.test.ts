// The inbox list page in one statement: display fields (contact, channel, assignee, pending
// draft, labels) come with the page, every joined table stays inside the workspace, and the
// quick-filter counts read pending drafts, assignees and unread correctly.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { countConversationsByFilter } from '@/lib/inbox/count-conversations-by-filter';
import { listConversations } from '@/lib/inbox/list-conversations';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { createChannel } from '../channel-factories';
import { addMember, contextFor, twoWorkspaceContexts } from '../factories';

type Channel = { id: string; workspaceId: string };
const at = (minutes: number) => new Date(Date.parse('2026-11-01T12:00:00.000Z') + minutes * 60_000);

async function conversation(channel: Channel, options: { minutes: number; name?: string; assigneeId?: string; status?: 'open' | 'pending' | 'closed'; unreadCount?: number }) {
  const contact = await db.contact.create({ data: { workspaceId: channel.workspaceId, channelId: channel.id, externalId: randomBytes(6).toString('hex'), name: options.name ?? null, avatarUrl: 'https://cdn.example.test/a.jpg' } });
  return (await db.conversation.create({
    data: {
      workspaceId: channel.workspaceId, channelId: channel.id, contactId: contact.id, lastMessageAt: at(options.minutes), lastMessagePreview: `preview ${options.minutes}`,
      assigneeId: options.assigneeId ?? null, status: options.status ?? 'open', unreadCount: options.unreadCount ?? 0,
    },
  })).id;
}

const draft = (workspaceId: string, conversationId: string, status: 'pending' | 'approved' | 'discarded' | 'superseded') =>
  db.replyDraft.create({ data: { workspaceId, conversationId, text: `draft ${status}`, status } });

let ctx: WorkspaceContext;
let otherCtx: WorkspaceContext;
let agentCtx: WorkspaceContext;
let ig: Channel;
let wa: Channel;
let otherIg: Channel;
const c: Record<string, string> = {};
let agentName: string;

beforeAll(async () => {
  let workspaceId: string;
  ({ workspaceId, ctx, otherCtx } = await twoWorkspaceContexts());
  const agent = await addMember(workspaceId, 'agent');
  agentName = agent.name;
  agentCtx = await contextFor(agent.id, workspaceId);
  ig = await createChannel(workspaceId, 'instagram');
  wa = await createChannel(workspaceId, 'whatsapp');
  otherIg = await createChannel(otherCtx.workspace.id, 'instagram');
  const vip = await db.label.create({ data: { workspaceId, name: 'VIP', color: '#f59e0b' } });
  const billing = await db.label.create({ data: { workspaceId, name: 'Billing', color: '#0ea5e9' } });

  c.drafted = await conversation(ig, { minutes: 5, name: 'Ana', assigneeId: agent.id, unreadCount: 2 });
  c.history = await conversation(wa, { minutes: 4, name: 'Bob', assigneeId: ctx.user.id });
  c.plain = await conversation(ig, { minutes: 3 });
  c.pending = await conversation(ig, { minutes: 2, status: 'pending', unreadCount: 1 });
  c.closed = await conversation(wa, { minutes: 1, status: 'closed', unreadCount: 5 });
  await draft(workspaceId, c.drafted, 'pending');
  await draft(workspaceId, c.drafted, 'superseded');
  for (const status of ['approved', 'discarded', 'superseded'] as const) await draft(workspaceId, c.history, status);
  await draft(workspaceId, c.closed, 'pending');
  await db.conversationLabel.create({ data: { workspaceId, conversationId: c.drafted, labelId: billing.id, createdAt: at(0) } });
  await db.conversationLabel.create({ data: { workspaceId, conversationId: c.drafted, labelId: vip.id, createdAt: at(1) } });

  // Workspace B: a pending draft, a label and a member. The last two rows are corrupt on purpose
  // (B's workspaceId on rows pointing at A's conversation): A must still not see them.
  c.b = await conversation(otherIg, { minutes: 9, unreadCount: 1 });
  await draft(otherCtx.workspace.id, c.b, 'pending');
  await draft(otherCtx.workspace.id, c.plain, 'pending');
  const bLabel = await db.label.create({ data: { workspaceId: otherCtx.workspace.id, name: 'Secret B', color: '#ef4444' } });
  await db.conversationLabel.create({ data: { workspaceId: otherCtx.workspace.id, conversationId: c.plain, labelId: bLabel.id } });

});

describe('listConversations display fields', () => {
  it('loads a page and every display field in one SQL statement', async () => {
    // Every round trip of this process goes through pg.Client#query (Prisma's adapter and the
    // prepared-statement pool alike); the plan's history cutoff (billing) is read apart.
    const sent: string[] = [];
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function recorded(this: pg.Client, ...args: unknown[]) {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string }).text;
      sent.push(text ?? '');
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof pg.Client.prototype.query;
    try {
      const page = await listConversations({ ctx, filters: {} });
      expect(page.conversations.map((x) => x.id)).toEqual([c.drafted, c.history, c.plain]);
    } finally {
      pg.Client.prototype.query = query;
    }
    expect(sent.filter((text) => text.includes('"Conversation"'))).toHaveLength(1);
  });

  it('returns contact, channel, assignee, pending draft and labels (a superset of the old row)', async () => {
    const [drafted, history, plain] = (await listConversations({ ctx, filters: {} })).conversations;
    expect(drafted).toEqual({
      id: c.drafted, status: 'open', handling: 'ai_draft', assigneeId: agentCtx.user.id, assignee: { id: agentCtx.user.id, name: agentName },
      needsHuman: false, hasPendingDraft: true, lastMessageAt: at(5), lastMessagePreview: 'preview 5', unreadCount: 2,
      contact: { displayName: null, name: 'Ana', username: null, avatarUrl: 'https://cdn.example.test/a.jpg', externalId: expect.any(String) },
      channel: { id: ig.id, type: 'instagram', name: expect.any(String) },
      labels: [{ id: expect.any(String), name: 'Billing', color: '#0ea5e9' }, { id: expect.any(String), name: 'VIP', color: '#f59e0b' }],
    });
    expect(drafted!.lastMessageAt).toBeInstanceOf(Date);
    // Decided drafts are history, not a waiting draft.
    expect(history).toMatchObject({ hasPendingDraft: false, assignee: { id: ctx.user.id, name: ctx.user.name }, channel: { type: 'whatsapp' }, labels: [] });
    // Another workspace's rows attached to this conversation are never joined in.
    expect(plain).toMatchObject({ hasPendingDraft: false, labels: [], assignee: null, assigneeId: null });
  });

  it('filters "AI draft waiting" on pending drafts of this workspace only', async () => {
    const ids = async (x: WorkspaceContext, status?: 'open' | 'closed') => (await listConversations({ ctx: x, filters: { handling: 'draft_waiting', status } })).conversations.map((r) => r.id);
    expect(await ids(ctx)).toEqual([c.drafted]);
    expect(await ids(ctx, 'closed')).toEqual([c.closed]);
    expect(await ids(otherCtx)).toEqual([c.b]);
  });
});

describe('countConversationsByFilter', () => {
  it('counts per assignee, channel, pending drafts and unread, scoped to the workspace', async () => {
    expect(await countConversationsByFilter({ ctx })).toEqual({
      open: 3, mine: 1, unassigned: 1, needsHuman: 0, draftWaiting: 1, unread: 2, byChannel: { [ig.id]: 2, [wa.id]: 1 },
    });
    expect(await countConversationsByFilter({ ctx: agentCtx })).toMatchObject({ open: 3, mine: 1, draftWaiting: 1 });
    expect(await countConversationsByFilter({ ctx: otherCtx })).toEqual({ open: 1, mine: 0, unassigned: 1, needsHuman: 0, draftWaiting: 1, unread: 1, byChannel: { [otherIg.id]: 1 } });
  });

  it('still reports unread and drafts when nothing is open', async () => {
    const { workspace, owner } = await (await import('../factories')).createWorkspaceWithOwner();
    const emptyCtx = await contextFor(owner.id, workspace.id);
    const channel = await createChannel(workspace.id, 'messenger');
    expect(await countConversationsByFilter({ ctx: emptyCtx })).toEqual({ open: 0, mine: 0, unassigned: 0, needsHuman: 0, draftWaiting: 0, unread: 0, byChannel: {} });
    await conversation(channel, { minutes: 1, status: 'pending', unreadCount: 3 });
    expect(await countConversationsByFilter({ ctx: emptyCtx })).toEqual({ open: 0, mine: 0, unassigned: 0, needsHuman: 0, draftWaiting: 0, unread: 1, byChannel: {} });
  });
});
