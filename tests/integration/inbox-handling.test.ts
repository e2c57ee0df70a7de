// Who handles a conversation (take over / hand back, automatic hand-back), status changes and
// snooze wake-up, AI drafts (approve / edit / discard / races), bulk actions across tenants and
// the "AI draft waiting" filter.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { autoHandBackConversations } from '@/lib/inbox/auto-hand-back-conversations';
import { bulkUpdateConversations } from '@/lib/inbox/bulk-update-conversations';
import { countConversationsByFilter } from '@/lib/inbox/count-conversations-by-filter';
import { approveReplyDraft } from '@/lib/inbox/drafts/approve-reply-draft';
import { createReplyDraft } from '@/lib/inbox/drafts/create-reply-draft';
import { discardReplyDraft } from '@/lib/inbox/drafts/discard-reply-draft';
import { getPendingReplyDraft } from '@/lib/inbox/drafts/get-pending-reply-draft';
import { conversationOpenKey } from '@/lib/inbox/find-or-create-open-conversation';
import { handBackConversation } from '@/lib/inbox/hand-back-conversation';
import { listConversations } from '@/lib/inbox/list-conversations';
import { listThreadMessages } from '@/lib/inbox/list-thread-messages';
import { setConversationStatus } from '@/lib/inbox/set-conversation-status';
import { storeNormalisedEvent } from '@/lib/inbox/store-normalised-event';
import { takeOverConversation } from '@/lib/inbox/take-over-conversation';
import { wakeSnoozedConversations } from '@/lib/inbox/wake-snoozed-conversations';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { createChannel } from '../channel-factories';
import { addMember, contextFor, twoWorkspaceContexts } from '../factories';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ago = (ms: number) => new Date(Date.now() - ms);

let ctx: WorkspaceContext;
let otherCtx: WorkspaceContext;
let agentCtx: WorkspaceContext;
let channel: { id: string; workspaceId: string };
let otherChannel: { id: string; workspaceId: string };

beforeAll(async () => {
  let workspaceId: string;
  ({ workspaceId, ctx, otherCtx } = await twoWorkspaceContexts());
  const agent = await addMember(workspaceId, 'agent');
  agentCtx = await contextFor(agent.id, workspaceId);
  channel = await createChannel(workspaceId, 'instagram');
  otherChannel = await createChannel(otherCtx.workspace.id, 'instagram');
});

async function conversation(ch: { id: string; workspaceId: string }, data: Record<string, unknown> = {}) {
  const contact = await db.contact.create({ data: { workspaceId: ch.workspaceId, channelId: ch.id, externalId: randomBytes(6).toString('hex'), name: 'Ana' } });
  const row = await db.conversation.create({
    data: { workspaceId: ch.workspaceId, channelId: ch.id, contactId: contact.id, openKey: conversationOpenKey(contact.id), lastInboundAt: new Date(), ...data },
  });
  return row;
}

const events = (conversationId: string, type = 'conversation.updated') => db.inboxEvent.findMany({ where: { conversationId, type }, orderBy: { seq: 'asc' } });
const get = (id: string) => db.conversation.findUniqueOrThrow({ where: { id } });

describe('take over and hand back', () => {
  it('takes over (remembering the AI mode) and hands back, clearing the takeover and needs-human', async () => {
    const c = await conversation(channel, { handling: 'ai_auto', needsHuman: true, assigneeId: null });
    expect(await takeOverConversation({ ctx, conversationId: c.id })).toEqual({ changed: true, takenOverById: ctx.user.id });
    let row = await get(c.id);
    expect(row).toMatchObject({ handling: 'human', takenOverById: ctx.user.id, handlingBeforeTakeover: 'ai_auto', needsHuman: true });
    expect(row.takenOverAt).toBeInstanceOf(Date);
    expect(row.lastOperatorActivityAt).toEqual(row.takenOverAt);

    expect(await handBackConversation({ ctx, conversationId: c.id })).toEqual({ changed: true });
    row = await get(c.id);
    expect(row).toMatchObject({ handling: 'ai_auto', takenOverById: null, takenOverAt: null, handlingBeforeTakeover: null, needsHuman: false });
    const recorded = await events(c.id);
    expect(recorded.map((e) => (e.payload as { changes: string[] }).changes)).toEqual([['handling'], ['handling', 'needsHuman']]);
  });

  it('hands back to AI draft when nothing was remembered, and is a no-op when not human', async () => {
    const c = await conversation(channel, { handling: 'human' });
    await handBackConversation({ ctx, conversationId: c.id });
    expect((await get(c.id)).handling).toBe('ai_draft');
    expect(await handBackConversation({ ctx, conversationId: c.id })).toEqual({ changed: false });
  });

  it('two concurrent take-overs: one wins, the other gets no error', async () => {
    const c = await conversation(channel, { handling: 'ai_draft' });
    const results = await Promise.all([takeOverConversation({ ctx, conversationId: c.id }), takeOverConversation({ ctx: agentCtx, conversationId: c.id })]);
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    const winner = results.find((r) => r.changed)!.takenOverById;
    expect((await get(c.id)).takenOverById).toBe(winner);
    expect((await get(c.id)).handlingBeforeTakeover).toBe('ai_draft');
    expect(await events(c.id)).toHaveLength(1);
  });

  it("refuses another workspace's conversation", async () => {
    const foreign = await conversation(otherChannel);
    await expect(takeOverConversation({ ctx, conversationId: foreign.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(handBackConversation({ ctx, conversationId: foreign.id })).rejects.toMatchObject({ code: 'not_found' });
    expect((await get(foreign.id)).handling).toBe('ai_draft');
  });
});

describe('automatic hand-back', () => {
  it('hands back idle human conversations of workspaces that enabled it, and only those', async () => {
    await db.workspace.update({ where: { id: ctx.workspace.id }, data: { autoHandBackMinutes: 15 } });
    const idle = await conversation(channel, { handling: 'human', handlingBeforeTakeover: 'ai_auto', takenOverAt: ago(HOUR), lastOperatorActivityAt: ago(20 * MINUTE) });
    const active = await conversation(channel, { handling: 'human', takenOverAt: ago(HOUR), lastOperatorActivityAt: ago(5 * MINUTE) });
    const noActivity = await conversation(channel, { handling: 'human', takenOverAt: ago(30 * MINUTE) });
    const otherWorkspace = await conversation(otherChannel, { handling: 'human', takenOverAt: ago(10 * HOUR), lastOperatorActivityAt: ago(10 * HOUR) });

    await autoHandBackConversations();
    expect((await get(idle.id)).handling).toBe('ai_auto');
    expect((await get(noActivity.id)).handling).toBe('ai_draft');
    expect((await get(active.id)).handling).toBe('human');
    expect((await get(otherWorkspace.id)).handling).toBe('human');
    const [event] = await events(idle.id);
    expect(event?.payload).toMatchObject({ changes: ['handling', 'needsHuman'], reason: 'auto' });
    // A second run changes nothing more.
    await autoHandBackConversations();
    expect(await events(idle.id)).toHaveLength(1);
    await db.workspace.update({ where: { id: ctx.workspace.id }, data: { autoHandBackMinutes: null } });
  });
});

describe('status, snooze and waking', () => {
  it('closes (freeing the open key) and reopens; snoozing needs a future time', async () => {
    const c = await conversation(channel);
    await setConversationStatus({ ctx, conversationId: c.id, status: 'closed' });
    expect(await get(c.id)).toMatchObject({ status: 'closed', openKey: null });
    await setConversationStatus({ ctx, conversationId: c.id, status: 'open' });
    expect(await get(c.id)).toMatchObject({ status: 'open', openKey: conversationOpenKey(c.contactId) });
    await expect(setConversationStatus({ ctx, conversationId: c.id, status: 'snoozed', snoozedUntil: ago(MINUTE) })).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('refuses to reopen when the contact has a newer open conversation', async () => {
    const c = await conversation(channel);
    await setConversationStatus({ ctx, conversationId: c.id, status: 'closed' });
    await db.conversation.create({ data: { workspaceId: channel.workspaceId, channelId: channel.id, contactId: c.contactId, openKey: conversationOpenKey(c.contactId) } });
    await expect(setConversationStatus({ ctx, conversationId: c.id, status: 'open' })).rejects.toMatchObject({ code: 'conflict' });
    expect((await get(c.id)).status).toBe('closed');
  });

  it('the wake job opens snoozed conversations whose time has passed', async () => {
    const due = await conversation(channel);
    const later = await conversation(channel);
    await setConversationStatus({ ctx, conversationId: due.id, status: 'snoozed', snoozedUntil: new Date(Date.now() + MINUTE) });
    await setConversationStatus({ ctx, conversationId: later.id, status: 'snoozed', snoozedUntil: new Date(Date.now() + HOUR) });
    await wakeSnoozedConversations({ now: new Date(Date.now() + 2 * MINUTE) });
    expect(await get(due.id)).toMatchObject({ status: 'open', snoozedUntil: null });
    expect((await get(later.id)).status).toBe('snoozed');
    expect((await events(due.id)).at(-1)?.payload).toMatchObject({ changes: ['status'], status: 'open' });
  });

  it('a customer message wakes a snoozed conversation; after close it starts a new one', async () => {
    const c = await conversation(channel);
    const contact = await db.contact.findUniqueOrThrow({ where: { id: c.contactId } });
    await setConversationStatus({ ctx, conversationId: c.id, status: 'snoozed', snoozedUntil: new Date(Date.now() + HOUR) });
    const message = (text: string) => ({ messages: [{ externalId: `m_${randomBytes(6).toString('hex')}`, contactExternalId: contact.externalId, direction: 'inbound' as const, sender: 'customer' as const, kind: 'text' as const, text, sentAt: new Date() }], statuses: [], deletions: [], reactions: [] });
    await storeNormalisedEvent({ workspaceId: channel.workspaceId, channelId: channel.id, event: message('still there?') as never });
    expect(await get(c.id)).toMatchObject({ status: 'open', snoozedUntil: null, unreadCount: 1 });

    await setConversationStatus({ ctx, conversationId: c.id, status: 'closed' });
    await storeNormalisedEvent({ workspaceId: channel.workspaceId, channelId: channel.id, event: message('new question') as never });
    expect((await get(c.id)).status).toBe('closed');
    expect(await db.conversation.count({ where: { contactId: c.contactId, status: 'open' } })).toBe(1);
  });
});

describe('AI drafts', () => {
  it('a new draft supersedes the pending one', async () => {
    const c = await conversation(channel);
    const first = await createReplyDraft({ ctx, conversationId: c.id, text: 'Hello!' });
    const second = await createReplyDraft({ ctx, conversationId: c.id, text: 'Hi there!' });
    expect(second.superseded).toBe(1);
    expect((await db.replyDraft.findUniqueOrThrow({ where: { id: first.draftId } })).status).toBe('superseded');
    expect((await getPendingReplyDraft({ ctx, conversationId: c.id }))?.id).toBe(second.draftId);
    expect(await events(c.id, 'draft.created')).toHaveLength(2);
    await expect(createReplyDraft({ ctx: otherCtx, conversationId: c.id, text: 'x' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('approving unchanged sends as the AI; a second approval hears who approved', async () => {
    const c = await conversation(channel);
    const { draftId } = await createReplyDraft({ ctx, conversationId: c.id, text: 'We open at 9.' });
    const results = await Promise.allSettled([approveReplyDraft({ ctx, draftId }), approveReplyDraft({ ctx: agentCtx, draftId })]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(ok).toHaveLength(1);
    expect(failed[0]?.reason).toMatchObject({ code: 'conflict' });
    expect(String(failed[0]?.reason.message)).toMatch(/^Already approved by /);
    const messages = await db.message.findMany({ where: { conversationId: c.id, direction: 'outbound' } });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ sender: 'ai', text: 'We open at 9.', authorUserId: null });
    expect(await db.replyDraft.findUniqueOrThrow({ where: { id: draftId } })).toMatchObject({ status: 'approved', messageId: messages[0]!.id });
    expect((await events(c.id, 'draft.updated'))[0]?.payload).toMatchObject({ draftId, status: 'approved' });
  });

  it('an edited draft is sent as the operator who edited it', async () => {
    const c = await conversation(channel);
    const { draftId } = await createReplyDraft({ ctx, conversationId: c.id, text: 'We open at 9.' });
    expect(await approveReplyDraft({ ctx: agentCtx, draftId, text: 'We open at 9:30 today.' })).toMatchObject({ sender: 'operator' });
    const [message] = await db.message.findMany({ where: { conversationId: c.id, direction: 'outbound' } });
    expect(message).toMatchObject({ sender: 'operator', authorUserId: agentCtx.user.id, text: 'We open at 9:30 today.' });
  });

  it('outside 24 h on Instagram the AI cannot send; the draft stays pending and can go out edited (HUMAN_AGENT)', async () => {
    const c = await conversation(channel, { lastInboundAt: ago(30 * HOUR) });
    const { draftId } = await createReplyDraft({ ctx, conversationId: c.id, text: 'Sorry for the wait.' });
    expect(await getPendingReplyDraft({ ctx, conversationId: c.id })).toMatchObject({ aiCanSend: false, operatorCanSend: true });
    await expect(approveReplyDraft({ ctx, draftId })).rejects.toMatchObject({ code: 'conflict' });
    expect((await db.replyDraft.findUniqueOrThrow({ where: { id: draftId } })).status).toBe('pending');
    await approveReplyDraft({ ctx, draftId, text: 'Sorry for the wait, Ana!' });
    const [message] = await db.message.findMany({ where: { conversationId: c.id, direction: 'outbound' } });
    expect(message).toMatchObject({ sender: 'operator', sendTag: 'HUMAN_AGENT' });
  });

  it('a multi-line draft approved through a form (CRLF line breaks) is still the AI\'s, shown as approved by the operator (issue 14)', async () => {
    const c = await conversation(channel);
    const text = "Hi! I'm an AI assistant.\n\nWe open at 9.";
    const { draftId } = await createReplyDraft({ ctx, conversationId: c.id, text });
    // What a browser posts for the unchanged textarea: multipart/form-data turns "\n" into "\r\n".
    expect(await approveReplyDraft({ ctx: agentCtx, draftId, text: text.replace(/\n/g, '\r\n') })).toMatchObject({ sender: 'ai' });
    const [message] = await db.message.findMany({ where: { conversationId: c.id, direction: 'outbound' } });
    expect(message).toMatchObject({ sender: 'ai', authorUserId: null, text });
    const { messages } = await listThreadMessages({ ctx, conversationId: c.id });
    expect(messages.find((m) => m.id === message!.id)).toMatchObject({ sender: 'ai', approvedByName: agentCtx.user.name, editedFromDraft: false });
  });

  it('an edited draft is listed as the operator\'s, edited from an AI draft', async () => {
    const c = await conversation(channel);
    const { draftId } = await createReplyDraft({ ctx, conversationId: c.id, text: 'We open at 9.' });
    await approveReplyDraft({ ctx: agentCtx, draftId, text: 'We open at 9:30.\r\nSee you!' });
    const [message] = await db.message.findMany({ where: { conversationId: c.id, direction: 'outbound' } });
    expect(message).toMatchObject({ sender: 'operator', text: 'We open at 9:30.\nSee you!' });
    const { messages } = await listThreadMessages({ ctx, conversationId: c.id });
    expect(messages.find((m) => m.id === message!.id)).toMatchObject({ authorName: agentCtx.user.name, approvedByName: null, editedFromDraft: true });
  });

  it('discard is guarded too', async () => {
    const c = await conversation(channel);
    const { draftId } = await createReplyDraft({ ctx, conversationId: c.id, text: 'Maybe.' });
    await discardReplyDraft({ ctx, draftId });
    await expect(discardReplyDraft({ ctx: agentCtx, draftId })).rejects.toThrow(/Already discarded by/);
    await expect(approveReplyDraft({ ctx, draftId })).rejects.toThrow(/Already discarded by/);
    expect(await db.message.count({ where: { conversationId: c.id } })).toBe(0);
  });

  it("cannot touch another workspace's draft", async () => {
    const foreign = await conversation(otherChannel);
    const { draftId } = await createReplyDraft({ ctx: otherCtx, conversationId: foreign.id, text: 'B' });
    await expect(approveReplyDraft({ ctx, draftId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(discardReplyDraft({ ctx, draftId })).rejects.toMatchObject({ code: 'not_found' });
    expect((await db.replyDraft.findUniqueOrThrow({ where: { id: draftId } })).status).toBe('pending');
  });
});

describe('"AI draft waiting" filter', () => {
  it('lists and counts only open conversations with a pending draft', async () => {
    const { workspaceId, ctx: freshCtx } = await twoWorkspaceContexts();
    const ch = await createChannel(workspaceId, 'messenger');
    const waiting = await conversation(ch);
    const decided = await conversation(ch);
    await conversation(ch);
    await createReplyDraft({ ctx: freshCtx, conversationId: waiting.id, text: 'a' });
    const d = await createReplyDraft({ ctx: freshCtx, conversationId: decided.id, text: 'b' });
    await discardReplyDraft({ ctx: freshCtx, draftId: d.draftId });
    const page = await listConversations({ ctx: freshCtx, filters: { handling: 'draft_waiting' } });
    expect(page.conversations.map((c) => c.id)).toEqual([waiting.id]);
    expect((await countConversationsByFilter({ ctx: freshCtx })).draftWaiting).toBe(1);
  });

});

describe('bulk actions', () => {
  it("acts only on the caller's conversations and counts the rest as ignored", async () => {
    const mine = [await conversation(channel, { unreadCount: 3 }), await conversation(channel, { unreadCount: 1 })];
    const theirs = await conversation(otherChannel, { unreadCount: 2 });
    const ids = [...mine.map((c) => c.id), theirs.id];

    expect(await bulkUpdateConversations({ ctx, ids, action: 'close' })).toEqual({ requested: 3, changed: 2, unchanged: 0, ignored: 1 });
    for (const c of mine) expect((await get(c.id)).status).toBe('closed');
    expect(await get(theirs.id)).toMatchObject({ status: 'open', unreadCount: 2, assigneeId: null });
    expect(await events(mine[0]!.id)).toHaveLength(1);

    await bulkUpdateConversations({ ctx, ids, action: 'reopen' });
    await bulkUpdateConversations({ ctx, ids, action: 'assign', assigneeId: agentCtx.user.id });
    await bulkUpdateConversations({ ctx, ids, action: 'mark_read' });
    await bulkUpdateConversations({ ctx, ids, action: 'snooze', snoozedUntil: new Date(Date.now() + HOUR) });
    for (const c of mine) expect(await get(c.id)).toMatchObject({ status: 'snoozed', assigneeId: agentCtx.user.id, unreadCount: 0 });
    expect(await get(theirs.id)).toMatchObject({ status: 'open', unreadCount: 2, assigneeId: null, snoozedUntil: null });
    expect(await db.inboxEvent.count({ where: { conversationId: theirs.id } })).toBe(0);
  });

  it('refuses assigning to someone outside the workspace and more than 100 ids', async () => {
    const c = await conversation(channel);
    await expect(bulkUpdateConversations({ ctx, ids: [c.id], action: 'assign', assigneeId: otherCtx.user.id })).rejects.toMatchObject({ code: 'bad_request' });
    const many = Array.from({ length: 101 }, () => crypto.randomUUID());
    await expect(bulkUpdateConversations({ ctx, ids: many, action: 'close' })).rejects.toMatchObject({ code: 'bad_request' });
  });
});
