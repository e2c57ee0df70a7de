// Collaboration: labels (CRUD, uniqueness, tenant isolation, list filter), notes with mentions,
// the notification outbox and its batched digest, and presence.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { applyConversationLabel } from '@/lib/inbox/labels/apply-conversation-label';
import { createLabel } from '@/lib/inbox/labels/create-label';
import { deleteLabel } from '@/lib/inbox/labels/delete-label';
import { listLabelsWithUsage } from '@/lib/inbox/labels/list-labels-with-usage';
import { updateLabel } from '@/lib/inbox/labels/update-label';
import { listConversations } from '@/lib/inbox/list-conversations';
import { addNote } from '@/lib/inbox/notes/add-note';
import { deleteNote } from '@/lib/inbox/notes/delete-note';
import { listPresence } from '@/lib/inbox/presence/list-presence';
import { recordPresence } from '@/lib/inbox/presence/record-presence';
import { sweepPresence } from '@/lib/inbox/presence/sweep-presence';
import { storeNormalisedEvent } from '@/lib/inbox/store-normalised-event';
import { queueNewConversationAlerts } from '@/lib/notifications/queue-new-conversation-alerts';
import { sendNotificationDigests } from '@/lib/notifications/send-notification-digests';
import { conversationFiltersSchema } from '@/lib/inbox/conversation-filters.schema';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { createChannel, createConversation } from '../channel-factories';
import { addMember, contextFor, twoWorkspaceContexts } from '../factories';

let ctx: WorkspaceContext; // A's owner
let otherCtx: WorkspaceContext; // B's owner
let agentCtx: WorkspaceContext; // an agent in A
let agent: { id: string; name: string };
let conversationA: string;
let conversationB: string;
let channelA: { id: string; workspaceId: string };

beforeAll(async () => {
  ({ ctx, otherCtx } = await twoWorkspaceContexts());
  agent = await addMember(ctx.workspace.id, 'agent');
  agentCtx = await contextFor(agent.id, ctx.workspace.id);
  channelA = await createChannel(ctx.workspace.id, 'instagram');
  conversationA = (await createConversation(channelA)).conversation.id;
  conversationB = (await createConversation(await createChannel(otherCtx.workspace.id, 'messenger'))).conversation.id;
});

const events = (conversationId: string, type: string) => db.inboxEvent.findMany({ where: { conversationId, type }, orderBy: { seq: 'asc' } });

describe('labels', () => {
  it('creates, renames, recolours and deletes, reporting usage', async () => {
    const label = await createLabel({ ctx, name: 'Refund', color: '#dc2626' });
    await applyConversationLabel({ ctx, conversationId: conversationA, labelId: label.id, applied: true });
    expect((await listLabelsWithUsage({ ctx })).find((l) => l.id === label.id)).toMatchObject({ name: 'Refund', conversations: 1 });
    await updateLabel({ ctx, labelId: label.id, name: 'Refunds', color: '#16a34a' });
    expect(await db.label.findUnique({ where: { id: label.id }, select: { name: true, color: true } })).toEqual({ name: 'Refunds', color: '#16a34a' });
    expect(await deleteLabel({ ctx, labelId: label.id })).toEqual({ name: 'Refunds', conversations: 1 });
    expect(await db.conversationLabel.count({ where: { labelId: label.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { workspaceId: ctx.workspace.id, action: { in: ['label.created', 'label.updated', 'label.deleted'] } } })).toBe(3);
  });

  it('refuses a duplicate name (ignoring case) with a field error, but allows it in another workspace', async () => {
    await createLabel({ ctx, name: 'VIP', color: '#d97706' });
    await expect(createLabel({ ctx, name: 'vip', color: '#d97706' })).rejects.toMatchObject({ code: 'conflict', details: { fieldErrors: { name: [expect.stringContaining('already exists')] } } });
    const other = await createLabel({ ctx, name: 'Other', color: '#d97706' });
    await expect(updateLabel({ ctx, labelId: other.id, name: 'VIP', color: '#d97706' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(createLabel({ ctx: otherCtx, name: 'VIP', color: '#0284c7' })).resolves.toMatchObject({ name: 'VIP' });
  });

  it('agents apply labels but cannot manage them', async () => {
    await expect(createLabel({ ctx: agentCtx, name: 'Agent label', color: '#d97706' })).rejects.toMatchObject({ code: 'forbidden' });
    const label = await createLabel({ ctx, name: 'Shipping', color: '#0d9488' });
    await expect(applyConversationLabel({ ctx: agentCtx, conversationId: conversationA, labelId: label.id, applied: true })).resolves.toEqual({ changed: true });
    await expect(applyConversationLabel({ ctx: agentCtx, conversationId: conversationA, labelId: label.id, applied: true })).resolves.toEqual({ changed: false });
    expect((await events(conversationA, 'conversation.updated')).at(-1)?.payload).toMatchObject({ changes: ['labels'] });
  });

  it("never applies B's label to A's conversation, nor A's label to B's conversation", async () => {
    const labelA = await createLabel({ ctx, name: 'Mine', color: '#4f46e5' });
    const labelB = await createLabel({ ctx: otherCtx, name: 'Theirs', color: '#4f46e5' });
    await expect(applyConversationLabel({ ctx, conversationId: conversationA, labelId: labelB.id, applied: true })).rejects.toMatchObject({ code: 'not_found' });
    await expect(applyConversationLabel({ ctx, conversationId: conversationB, labelId: labelA.id, applied: true })).rejects.toMatchObject({ code: 'not_found' });
    await expect(updateLabel({ ctx, labelId: labelB.id, name: 'Pwned', color: '#4f46e5' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(deleteLabel({ ctx, labelId: labelB.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(await db.conversationLabel.count({ where: { OR: [{ labelId: labelB.id }, { conversationId: conversationB }] } })).toBe(0);
    expect(await db.label.findUnique({ where: { id: labelB.id }, select: { name: true } })).toEqual({ name: 'Theirs' });
  });

  it('the list filter by label returns the labelled conversations', async () => {
    const label = await createLabel({ ctx, name: 'Filter me', color: '#db2777' });
    const other = (await createConversation(channelA)).conversation.id;
    await applyConversationLabel({ ctx, conversationId: other, labelId: label.id, applied: true });
    const page = await listConversations({ ctx, filters: conversationFiltersSchema.parse({ label: label.id }) });
    expect(page.conversations.map((c) => c.id)).toEqual([other]);
    expect(page.conversations[0]!.labels).toEqual([{ id: label.id, name: 'Filter me', color: '#db2777' }]);
  });
});

describe('notes and mentions', () => {
  it('stores resolved mentions, drops ids from another workspace, queues alerts for opted-in members only', async () => {
    const quiet = await addMember(ctx.workspace.id, 'agent');
    await db.membership.update({ where: { workspaceId_userId: { workspaceId: ctx.workspace.id, userId: quiet.id } }, data: { notifyMentions: false } });
    const before = await db.conversation.findUniqueOrThrow({ where: { id: conversationA }, select: { lastOperatorActivityAt: true } });
    const body = `@${agent.name} and @${quiet.name} please look; also @${otherCtx.user.name} and @${ctx.user.name}`;
    const note = await addNote({ ctx, conversationId: conversationA, body, mentionedIds: [otherCtx.user.id, agent.id] });
    expect(note.mentionedIds.sort()).toEqual([agent.id, quiet.id, ctx.user.id].sort());
    expect(note.mentionedIds).not.toContain(otherCtx.user.id);
    const stored = await db.conversationNote.findUniqueOrThrow({ where: { id: note.id } });
    expect(stored).toMatchObject({ workspaceId: ctx.workspace.id, authorId: ctx.user.id, body });
    const after = await db.conversation.findUniqueOrThrow({ where: { id: conversationA }, select: { lastOperatorActivityAt: true } });
    expect(after.lastOperatorActivityAt!.getTime()).toBeGreaterThan(before.lastOperatorActivityAt?.getTime() ?? 0);
    // The author mentioned themselves and `quiet` opted out: only the agent gets a row.
    const rows = await db.notificationOutbox.findMany({ where: { noteId: note.id } });
    expect(rows.map((r) => r.userId)).toEqual([agent.id]);
    expect(rows[0]).toMatchObject({ kind: 'mention', conversationId: conversationA, sentAt: null });
    const event = (await events(conversationA, 'note.created')).at(-1)!;
    expect(event.payload).toMatchObject({ noteId: note.id, authorId: ctx.user.id });
  });

  it('a note on another workspace’s conversation is not found', async () => {
    await expect(addNote({ ctx, conversationId: conversationB, body: 'hi', mentionedIds: [] })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('authors delete their own notes; agents cannot delete others’; admins can', async () => {
    const mine = await addNote({ ctx: agentCtx, conversationId: conversationA, body: 'agent note' });
    const owners = await addNote({ ctx, conversationId: conversationA, body: 'owner note' });
    await expect(deleteNote({ ctx: agentCtx, noteId: owners.id })).rejects.toMatchObject({ code: 'forbidden' });
    await deleteNote({ ctx: agentCtx, noteId: mine.id });
    const third = await addNote({ ctx: agentCtx, conversationId: conversationA, body: 'another agent note' });
    await deleteNote({ ctx, noteId: third.id });
    await expect(deleteNote({ ctx: otherCtx, noteId: owners.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(await db.conversationNote.count({ where: { id: { in: [mine.id, third.id] } } })).toBe(0);
  });
});

describe('notification outbox and digest', () => {
  it('a conversation opened by an inbound message queues alerts for members who opted in, once', async () => {
    const { ctx: c, otherCtx: stranger } = await twoWorkspaceContexts();
    void stranger;
    const off = await addMember(c.workspace.id, 'agent');
    await db.membership.update({ where: { workspaceId_userId: { workspaceId: c.workspace.id, userId: off.id } }, data: { notifyNewConversations: false } });
    const channel = await createChannel(c.workspace.id, 'instagram');
    const message = { externalId: 'm_new_conv_1', direction: 'inbound' as const, sender: 'customer' as const, kind: 'text' as const, text: 'Hi, is the blue one in stock?', sentAt: new Date(), contactExternalId: '991', contactName: 'Ana' };
    await storeNormalisedEvent({ workspaceId: c.workspace.id, channelId: channel.id, event: { messages: [message], statuses: [], deletions: [] } as never });
    await storeNormalisedEvent({ workspaceId: c.workspace.id, channelId: channel.id, event: { messages: [{ ...message, externalId: 'm_new_conv_2' }], statuses: [], deletions: [] } as never });
    const rows = await db.notificationOutbox.findMany({ where: { workspaceId: c.workspace.id } });
    expect(rows.map((r) => r.userId)).toEqual([c.user.id]);
    expect(rows[0]).toMatchObject({ kind: 'new_conversation', summary: 'Hi, is the blue one in stock?' });
    expect(await queueNewConversationAlerts({ workspaceId: c.workspace.id, conversationId: rows[0]!.conversationId!, preview: 'again' })).toBe(0);
  });

  it('sends ONE email per member for a burst, waits for the grace period, and never twice under concurrency', async () => {
    const { ctx: c } = await twoWorkspaceContexts();
    const teammate = await addMember(c.workspace.id, 'admin');
    const channel = await createChannel(c.workspace.id, 'whatsapp');
    const now = new Date();
    const old = new Date(now.getTime() - 3 * 60_000);
    for (let i = 0; i < 25; i++) {
      const { conversation } = await createConversation(channel);
      await queueNewConversationAlerts({ workspaceId: c.workspace.id, conversationId: conversation.id, preview: `message ${i}` });
    }
    await db.notificationOutbox.updateMany({ where: { workspaceId: c.workspace.id }, data: { createdAt: old } });
    // One fresh row: the member's whole pending list goes out with the due ones.
    const { conversation: fresh } = await createConversation(channel);
    await queueNewConversationAlerts({ workspaceId: c.workspace.id, conversationId: fresh.id, preview: 'fresh' });

    const sent: { to: string; props: { items: unknown[]; moreCount: number } }[] = [];
    const send = (async (input: { to: string; props: { items: unknown[]; moreCount: number } }) => {
      await new Promise((r) => setTimeout(r, 20));
      sent.push(input);
      return { messageId: 'x' };
    }) as never;
    const results = await Promise.all([sendNotificationDigests({ now, send }), sendNotificationDigests({ now, send }), sendNotificationDigests({ now, send })]);
    const mine = sent.filter((s) => [c.user.email, teammate.email].includes(s.to));
    expect(mine.map((s) => s.to).sort()).toEqual([c.user.email, teammate.email].sort());
    for (const email of mine) {
      expect(email.props.items).toHaveLength(20);
      expect(email.props.moreCount).toBe(6);
    }
    expect(results.reduce((n, r) => n + r.rows, 0)).toBeGreaterThanOrEqual(52);
    expect(await db.notificationOutbox.count({ where: { workspaceId: c.workspace.id, sentAt: null } })).toBe(0);
    // Nothing left: a second run sends nothing.
    sent.length = 0;
    await sendNotificationDigests({ now, send });
    expect(sent.filter((s) => [c.user.email, teammate.email].includes(s.to))).toHaveLength(0);
  });

  it('holds rows younger than the grace period, and drops alerts a member has since switched off', async () => {
    const { ctx: c } = await twoWorkspaceContexts();
    const channel = await createChannel(c.workspace.id, 'messenger');
    const { conversation } = await createConversation(channel);
    await queueNewConversationAlerts({ workspaceId: c.workspace.id, conversationId: conversation.id, preview: 'hello' });
    const sent: unknown[] = [];
    const send = (async (input: unknown) => { sent.push(input); return { messageId: 'x' }; }) as never;
    await sendNotificationDigests({ send });
    expect(await db.notificationOutbox.count({ where: { workspaceId: c.workspace.id, sentAt: null } })).toBe(1);
    await db.membership.updateMany({ where: { workspaceId: c.workspace.id }, data: { notifyNewConversations: false } });
    await sendNotificationDigests({ send, now: new Date(Date.now() + 3 * 60_000) });
    expect(sent.filter((s) => (s as { to: string }).to === c.user.email)).toHaveLength(0);
    expect(await db.notificationOutbox.count({ where: { workspaceId: c.workspace.id, sentAt: null } })).toBe(0);
  });

  it('un-claims the rows when queueing the email fails, so the next run retries', async () => {
    const { ctx: c } = await twoWorkspaceContexts();
    const { conversation } = await createConversation(await createChannel(c.workspace.id, 'messenger'));
    await queueNewConversationAlerts({ workspaceId: c.workspace.id, conversationId: conversation.id, preview: 'hello' });
    const later = new Date(Date.now() + 3 * 60_000);
    const failing = (async (input: { to: string }) => { if (input.to === c.user.email) throw new Error('queue down'); return { messageId: 'x' }; }) as never;
    await expect(sendNotificationDigests({ send: failing, now: later })).rejects.toThrow('queue down');
    expect(await db.notificationOutbox.count({ where: { workspaceId: c.workspace.id, sentAt: null } })).toBe(1);
  });
});

describe('presence', () => {
  it('upserts heartbeats, records events only on change, hides self and stale members, deletes on leave', async () => {
    const t0 = new Date();
    const count = async () => (await events(conversationA, 'presence.updated')).length;
    const initial = await count();
    await recordPresence({ ctx: agentCtx, conversationId: conversationA, state: 'viewing', now: t0 });
    await recordPresence({ ctx: agentCtx, conversationId: conversationA, state: 'viewing', now: new Date(t0.getTime() + 20_000) });
    expect(await count()).toBe(initial + 1);
    expect(await listPresence({ ctx, conversationId: conversationA, now: new Date(t0.getTime() + 20_000) })).toMatchObject([{ userId: agent.id, name: agent.name, typing: false }]);
    expect(await listPresence({ ctx: agentCtx, conversationId: conversationA, now: t0 })).toEqual([]);

    await recordPresence({ ctx: agentCtx, conversationId: conversationA, state: 'typing', now: new Date(t0.getTime() + 21_000) });
    expect(await count()).toBe(initial + 2);
    expect(await listPresence({ ctx, conversationId: conversationA, now: new Date(t0.getTime() + 22_000) })).toMatchObject([{ typing: true }]);
    // 45 s without a heartbeat: no longer shown.
    expect(await listPresence({ ctx, conversationId: conversationA, now: new Date(t0.getTime() + 70_000) })).toEqual([]);

    await recordPresence({ ctx: agentCtx, conversationId: conversationA, state: 'left' });
    expect(await count()).toBe(initial + 3);
    expect(await db.conversationPresence.count({ where: { conversationId: conversationA, userId: agent.id } })).toBe(0);
  });

  it("refuses another workspace's conversation and sweeps stale rows", async () => {
    await expect(recordPresence({ ctx, conversationId: conversationB, state: 'viewing' })).rejects.toMatchObject({ code: 'not_found' });
    expect(await db.conversationPresence.count({ where: { conversationId: conversationB } })).toBe(0);
    await recordPresence({ ctx, conversationId: conversationA, state: 'viewing', now: new Date(Date.now() - 60 * 60_000) });
    expect(await sweepPresence()).toBeGreaterThanOrEqual(1);
    expect(await db.conversationPresence.count({ where: { conversationId: conversationA, userId: ctx.user.id } })).toBe(0);
  });
});
