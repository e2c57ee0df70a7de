// The composer's send path: operator replies (idempotent by client id), take-over on reply, the
// two-operators conflict, the windows the composer shows, and refusals with clear messages.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { getComposerState } from '@/lib/inbox/get-composer-state';
import { sendOperatorReply } from '@/lib/inbox/send-operator-reply';
import { sendReplySchema, type SendReplyInput } from '@/lib/inbox/send-reply.schema';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { createChannel, createConversation, createInboundMessage } from '../channel-factories';
import { addMember, contextFor, twoWorkspaceContexts } from '../factories';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms);

let ctx: WorkspaceContext;
let otherCtx: WorkspaceContext;
let samCtx: WorkspaceContext;
let workspaceId: string;

beforeAll(async () => {
  ({ workspaceId, ctx, otherCtx } = await twoWorkspaceContexts());
  const sam = await addMember(workspaceId, 'agent', { email: `sam-${Date.now()}@example.com` });
  await db.user.update({ where: { id: sam.id }, data: { name: 'Sam' } });
  samCtx = await contextFor(sam.id, workspaceId);
});

const input = (fields: Partial<Record<keyof SendReplyInput, unknown>> & { conversationId: string }): SendReplyInput =>
  sendReplySchema.parse({ clientId: crypto.randomUUID(), text: 'Hello from the composer', ...fields });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('sending a reply', () => {
  it('queues the message, takes the conversation over and self-assigns, and records the change', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const { conversation } = await createConversation(channel, { lastInboundAt: ago(HOUR) });
    await db.conversation.update({ where: { id: conversation.id }, data: { handling: 'ai_auto', needsHuman: true } });
    const inbound = await createInboundMessage({ channel, conversationId: conversation.id });

    const { messageId, duplicate } = await sendOperatorReply({ ctx, input: input({ conversationId: conversation.id, lastSeenMessageId: inbound.id }) });
    expect(duplicate).toBe(false);
    expect(await db.message.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({
      status: 'queued', direction: 'outbound', sender: 'operator', authorUserId: ctx.user.id, text: 'Hello from the composer',
    });
    const after = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(after).toMatchObject({ assigneeId: ctx.user.id, handling: 'human', takenOverById: ctx.user.id, handlingBeforeTakeover: 'ai_auto', needsHuman: false });
    expect(after.takenOverAt).toBeInstanceOf(Date);
    expect(after.lastOperatorActivityAt).toBeInstanceOf(Date);
    const event = await db.inboxEvent.findFirst({ where: { conversationId: conversation.id, type: 'conversation.updated' }, orderBy: { seq: 'desc' } });
    expect((event?.payload as { changes: string[] }).changes.sort()).toEqual(['assignee', 'handling', 'needsHuman']);
  });

  it('keeps an existing assignee and handling, and only touches lastOperatorActivityAt', async () => {
    const channel = await createChannel(workspaceId, 'instagram');
    const { conversation } = await createConversation(channel, { lastInboundAt: ago(HOUR) });
    await db.conversation.update({ where: { id: conversation.id }, data: { handling: 'human', assigneeId: samCtx.user.id } });
    await sendOperatorReply({ ctx, input: input({ conversationId: conversation.id }) });
    const after = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(after).toMatchObject({ assigneeId: samCtx.user.id, handling: 'human', takenOverById: null });
    expect(after.lastOperatorActivityAt).toBeInstanceOf(Date);
  });

  it('a double submit with the same client id queues one message', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const { conversation } = await createConversation(channel, { lastInboundAt: ago(HOUR) });
    const once = input({ conversationId: conversation.id });
    const [a, b] = await Promise.all([sendOperatorReply({ ctx, input: once }), sendOperatorReply({ ctx, input: once })]);
    expect(a.messageId).toBe(once.clientId);
    expect(b.messageId).toBe(once.clientId);
    const again = await sendOperatorReply({ ctx, input: once });
    expect(again).toEqual({ messageId: once.clientId, duplicate: true });
    expect(await db.message.count({ where: { conversationId: conversation.id, direction: 'outbound' } })).toBe(1);
  });

  it('refuses when another operator replied after the newest message this operator saw, unless confirmed', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const { conversation } = await createConversation(channel, { lastInboundAt: ago(HOUR) });
    const inbound = await createInboundMessage({ channel, conversationId: conversation.id });
    await sendOperatorReply({ ctx: samCtx, input: input({ conversationId: conversation.id, lastSeenMessageId: inbound.id, text: 'Sam here' }) });

    const mine = input({ conversationId: conversation.id, lastSeenMessageId: inbound.id, text: 'Me too' });
    const error = await refusal(sendOperatorReply({ ctx, input: mine }));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^Sam replied \d+ seconds? ago — review it, then send again\.$/);
    expect(error.details).toMatchObject({ code: 'reply_conflict', fieldErrors: { confirm: [error.message] } });
    expect(await db.message.count({ where: { id: mine.clientId } })).toBe(0);

    await sendOperatorReply({ ctx, input: { ...mine, confirm: true } });
    expect(await db.message.count({ where: { id: mine.clientId } })).toBe(1);
    // Having seen Sam's reply, the next one goes through without confirmation; one's own replies never conflict.
    const samsReply = await db.message.findFirstOrThrow({ where: { conversationId: conversation.id, authorUserId: samCtx.user.id } });
    await sendOperatorReply({ ctx, input: input({ conversationId: conversation.id, lastSeenMessageId: samsReply.id }) });
  });

  it('a closed window is refused with the reason; nothing is queued', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const { conversation } = await createConversation(channel, { lastInboundAt: ago(8 * DAY) });
    const error = await refusal(sendOperatorReply({ ctx, input: input({ conversationId: conversation.id }) }));
    expect(error).toMatchObject({ code: 'conflict', details: { code: 'window_closed' } });
    expect(error.message).toMatch(/7 days/);
    expect(await db.message.count({ where: { conversationId: conversation.id } })).toBe(0);
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).assigneeId).toBeNull();
  });

  it('WhatsApp outside 24 h requires an approved template, which then sends', async () => {
    const channel = await createChannel(workspaceId, 'whatsapp');
    const { conversation } = await createConversation(channel, { lastInboundAt: ago(2 * DAY) });
    await db.messageTemplate.create({
      data: { workspaceId, channelId: channel.id, name: 'order_update', language: 'en_US', status: 'APPROVED', category: 'UTILITY', components: [{ type: 'BODY', text: 'Hi {{1}}, order {{2}} is on its way.' }] },
    });
    await db.messageTemplate.create({ data: { workspaceId, channelId: channel.id, name: 'pending_one', language: 'en_US', status: 'PENDING', components: [] } });

    const error = await refusal(sendOperatorReply({ ctx, input: input({ conversationId: conversation.id }) }));
    expect(error.details).toMatchObject({ code: 'template_required' });

    const state = await getComposerState({ ctx, conversationId: conversation.id });
    expect(state.windows).toEqual([expect.objectContaining({ mode: 'dm', state: 'template_only' })]);
    expect(state.templates).toEqual([{ name: 'order_update', language: 'en_US', category: 'UTILITY', body: 'Hi {{1}}, order {{2}} is on its way.', variableCount: 2 }]);

    const { messageId } = await sendOperatorReply({
      ctx, input: input({ conversationId: conversation.id, type: 'template', templateName: 'order_update', templateLanguage: 'en_US', variables: ['Ana', '#42'] }),
    });
    expect(await db.message.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({ kind: 'template', sendTag: 'template', text: 'Hi Ana, order #42 is on its way.' });
  });

  it('refuses empty and oversized text, a disconnected channel, and another workspace\'s conversation', async () => {
    const channel = await createChannel(workspaceId, 'instagram');
    const { conversation } = await createConversation(channel, { lastInboundAt: ago(HOUR) });
    expect((await refusal(sendOperatorReply({ ctx, input: input({ conversationId: conversation.id, text: '   ' }) }))).message).toBe('Write a message first');
    expect((await refusal(sendOperatorReply({ ctx, input: input({ conversationId: conversation.id, text: 'x'.repeat(1001) }) }))).message).toMatch(/1000 characters/);

    const dead = await createChannel(workspaceId, 'messenger', { status: 'disconnected' });
    const { conversation: deadConversation } = await createConversation(dead, { lastInboundAt: ago(HOUR) });
    expect((await refusal(sendOperatorReply({ ctx, input: input({ conversationId: deadConversation.id }) }))).details).toMatchObject({ code: 'channel_disconnected' });
    expect((await getComposerState({ ctx, conversationId: deadConversation.id })).blockedReason).toMatch(/disconnected/);

    expect((await refusal(sendOperatorReply({ ctx: otherCtx, input: input({ conversationId: conversation.id }) }))).code).toBe('not_found');
    expect(await db.message.count({ where: { conversationId: conversation.id } })).toBe(0);
  });
});

describe('composer state', () => {
  it('open (24 h), human agent (7 days) and comment threads (public vs one private reply)', async () => {
    const messenger = await createChannel(workspaceId, 'messenger');
    const open = (await createConversation(messenger, { lastInboundAt: ago(HOUR) })).conversation;
    const late = (await createConversation(messenger, { lastInboundAt: ago(3 * DAY) })).conversation;
    const openState = await getComposerState({ ctx, conversationId: open.id });
    expect(openState).toMatchObject({ channelType: 'messenger', textLimit: 1000, blockedReason: null, windows: [{ mode: 'dm', state: 'open' }] });
    expect(new Date(openState.windows[0]!.endsAt!).getTime()).toBe(open.lastInboundAt!.getTime() + DAY);
    expect((await getComposerState({ ctx, conversationId: late.id })).windows).toEqual([expect.objectContaining({ state: 'human_agent', endsAt: new Date(late.lastInboundAt!.getTime() + 7 * DAY).toISOString() })]);

    const instagram = await createChannel(workspaceId, 'instagram');
    const thread = (await createConversation(instagram, { kind: 'comment_thread', lastInboundAt: ago(HOUR) })).conversation;
    await createInboundMessage({ channel: instagram, conversationId: thread.id, kind: 'comment', sentAt: ago(2 * DAY) });
    const comment = await getComposerState({ ctx, conversationId: thread.id });
    expect(comment.windows.map((w) => [w.mode, w.state])).toEqual([['comment_public', 'open'], ['comment_private', 'open']]);
  });
});
