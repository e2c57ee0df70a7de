// Queue + send for every channel type against a local fake Graph server: the exact request
// bodies Meta would get, the windows (HUMAN_AGENT, WhatsApp templates, private replies) and the
// Graph error mapping (190, 429/code 4, 551).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { queueOutboundMessage } from '@/lib/inbox/queue-outbound-message';
import { retryFailedMessage } from '@/lib/inbox/retry-failed-message';
import { getBoss } from '@/lib/jobs/boss';
import { sendMessageJob } from '@/lib/jobs/definitions/send-message';
import { startWorkers } from '@/lib/jobs/start-workers';
import { logger } from '@/lib/logger';
import { GraphApiError } from '@/lib/meta/graph-error';
import { fetchInstagramProfile } from '@/lib/channels/providers/instagram/fetch-instagram-profile';
import { fetchMessengerProfile } from '@/lib/channels/providers/messenger/fetch-messenger-profile';
import { fetchWhatsAppProfile } from '@/lib/channels/providers/whatsapp/fetch-whatsapp-profile';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { createChannel, createConversation, createInboundMessage } from '../channel-factories';
import { twoWorkspaceContexts } from '../factories';
import { acceptMetaSends, startFakeGraph } from '../fake-graph-server';

const graph = await startFakeGraph();
process.env.META_GRAPH_BASE_URL = `${graph.url}/graph`;
process.env.META_INSTAGRAM_GRAPH_BASE_URL = `${graph.url}/ig`;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms);

let ctx: WorkspaceContext;
let otherCtx: WorkspaceContext;
let workspaceId: string;

beforeAll(async () => {
  ({ workspaceId, ctx, otherCtx } = await twoWorkspaceContexts());
});
afterAll(() => graph.close());
beforeEach(() => graph.reset());

const acceptSends = () => graph.respond(acceptMetaSends());

const runJob = (messageId: string, attempt = 1) => sendMessageJob.handler({ messageId }, { jobId: 'test', attempt, log: logger });
const load = (id: string) => db.message.findUniqueOrThrow({ where: { id } });
const sends = () => graph.requests.filter((r) => r.method === 'POST');

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('happy path per channel type', () => {
  it('Instagram: POST /me/messages on graph.instagram.com with the IG token', async () => {
    const channel = await createChannel(workspaceId, 'instagram', { token: 'ig-token' });
    const { conversation, contact } = await createConversation(channel, { lastInboundAt: ago(HOUR) });
    acceptSends();
    const { messageId } = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: '  Hi there 👋 ' }, sender: 'operator', authorUserId: ctx.user.id });
    expect((await load(messageId)).status).toBe('queued');
    await runJob(messageId);

    expect(sends()).toEqual([
      { method: 'POST', path: '/ig/me/messages', query: {}, authorization: 'Bearer ig-token', body: { recipient: { id: contact.externalId }, message: { text: 'Hi there 👋' } } },
    ]);
    const message = await load(messageId);
    expect(message).toMatchObject({ status: 'sent', externalId: 'mid.1', direction: 'outbound', sender: 'operator', sendTag: null, text: 'Hi there 👋', authorUserId: ctx.user.id });
  });

  it('Messenger: POST /{page-id}/messages with messaging_type RESPONSE', async () => {
    const channel = await createChannel(workspaceId, 'messenger', { token: 'page-token' });
    const { conversation, contact } = await createConversation(channel, { lastInboundAt: ago(HOUR) });
    acceptSends();
    const { messageId } = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'media', kind: 'image', url: 'https://cdn.example/p.jpg' }, sender: 'ai' });
    await runJob(messageId);
    expect(sends()).toEqual([
      {
        method: 'POST', path: `/graph/${channel.externalId}/messages`, query: {}, authorization: 'Bearer page-token',
        body: { recipient: { id: contact.externalId }, messaging_type: 'RESPONSE', message: { attachment: { type: 'image', payload: { url: 'https://cdn.example/p.jpg' } } } },
      },
    ]);
    expect(await load(messageId)).toMatchObject({ status: 'sent', externalId: 'mid.1', kind: 'image', sender: 'ai' });
  });

  it('WhatsApp: POST /{phone_number_id}/messages with a text body', async () => {
    const channel = await createChannel(workspaceId, 'whatsapp', { token: 'wa-token' });
    const { conversation, contact } = await createConversation(channel, { lastInboundAt: ago(HOUR), contactExternalId: '15551234567' });
    acceptSends();
    const { messageId } = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'Your order ships today' }, sender: 'ai' });
    await runJob(messageId);
    expect(sends()).toEqual([
      {
        method: 'POST', path: `/graph/${channel.phoneNumberId}/messages`, query: {}, authorization: 'Bearer wa-token',
        body: { messaging_product: 'whatsapp', recipient_type: 'individual', to: contact.externalId, type: 'text', text: { body: 'Your order ships today', preview_url: false } },
      },
    ]);
    expect(await load(messageId)).toMatchObject({ status: 'sent', externalId: 'wamid.1' });
  });

  it('the registered worker picks the job up from the queue', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const { conversation } = await createConversation(channel, { lastInboundAt: ago(HOUR) });
    acceptSends();
    const stop = await startWorkers({ jobs: [sendMessageJob], pollingIntervalSeconds: 0.5 });
    try {
      const { messageId } = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'via the queue' }, sender: 'ai' });
      await vi.waitFor(async () => expect((await load(messageId)).status).toBe('sent'), { timeout: 15_000, interval: 200 });
    } finally {
      await stop(2_000);
    }
    expect(sends()).toHaveLength(1);
  });
});

describe('windows', () => {
  it.each(['messenger', 'instagram'] as const)('%s: an operator 3 days later sends with HUMAN_AGENT; the AI is refused', async (type) => {
    const channel = await createChannel(workspaceId, type);
    const { conversation } = await createConversation(channel, { lastInboundAt: ago(3 * DAY) });
    const ai = await refusal(queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'AI reply' }, sender: 'ai' }));
    expect(ai.message).toMatch(/human operator/);
    expect(ai.details).toMatchObject({ code: 'window_closed' });

    acceptSends();
    const { messageId } = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'Sorry for the wait' }, sender: 'operator' });
    expect((await load(messageId)).sendTag).toBe('HUMAN_AGENT');
    await runJob(messageId);
    const body = sends()[0]!.body as Record<string, unknown>;
    expect(body).toMatchObject({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT', message: { text: 'Sorry for the wait' } });
    expect(await load(messageId)).toMatchObject({ status: 'sent', sendTag: 'HUMAN_AGENT' });
  });

  it('refuses everyone 7 days after the customer\'s last message', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const { conversation } = await createConversation(channel, { lastInboundAt: ago(7 * DAY + 1000) });
    const error = await refusal(queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'hello?' }, sender: 'operator' }));
    expect(error.message).toMatch(/7 days/);
    expect(await db.message.count({ where: { conversationId: conversation.id } })).toBe(0);
  });

  it('WhatsApp after 24 h: text is refused, an approved template is sent with its parameters', async () => {
    const channel = await createChannel(workspaceId, 'whatsapp');
    const { conversation, contact } = await createConversation(channel, { lastInboundAt: ago(2 * DAY) });
    const text = await refusal(queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'hi' }, sender: 'operator' }));
    expect(text.message).toMatch(/template/);
    expect(text.details).toMatchObject({ code: 'template_required' });

    await db.messageTemplate.create({
      data: { workspaceId, channelId: channel.id, name: 'order_update', language: 'en_US', status: 'APPROVED', category: 'UTILITY', components: [{ type: 'BODY', text: 'Hi {{1}}, order {{2}} is on its way.' }] },
    });
    const wrongCount = await refusal(queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'template', name: 'order_update', language: 'en_US', variables: ['Ana'] }, sender: 'operator' }));
    expect(wrongCount.message).toMatch(/needs 2 variables/);
    const unknown = await refusal(queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'template', name: 'nope', language: 'en_US', variables: [] }, sender: 'operator' }));
    expect(unknown.message).toMatch(/not approved/);

    acceptSends();
    const { messageId } = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'template', name: 'order_update', language: 'en_US', variables: ['Ana', '#42'] }, sender: 'ai' });
    expect(await load(messageId)).toMatchObject({ kind: 'template', text: 'Hi Ana, order #42 is on its way.', sendTag: 'template' });
    await runJob(messageId);
    expect(sends()[0]!.body).toEqual({
      messaging_product: 'whatsapp', recipient_type: 'individual', to: contact.externalId, type: 'template',
      template: { name: 'order_update', language: { code: 'en_US' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ana' }, { type: 'text', text: '#42' }] }] },
    });
    expect((await load(messageId)).status).toBe('sent');
  });

  it('re-checks the window at send time: a reply queued inside 24 h but sent after fails with an explanation', async () => {
    const channel = await createChannel(workspaceId, 'whatsapp');
    const { conversation } = await createConversation(channel, { lastInboundAt: ago(HOUR) });
    const { messageId } = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'late' }, sender: 'ai' });
    await db.conversation.update({ where: { id: conversation.id }, data: { lastInboundAt: ago(25 * HOUR) } });
    acceptSends();
    await runJob(messageId);
    expect(sends()).toHaveLength(0);
    const message = await load(messageId);
    expect(message).toMatchObject({ status: 'failed', errorCode: 'window_closed' });
    expect(message.errorMessage).toMatch(/template/);
  });

  it('Instagram comment: one private reply within 7 days, public replies always', async () => {
    const channel = await createChannel(workspaceId, 'instagram', { token: 'ig-token' });
    const { conversation } = await createConversation(channel, { kind: 'comment_thread', lastInboundAt: null });
    await createInboundMessage({ channel, conversationId: conversation.id, kind: 'comment', externalId: '17900000000000001', sentAt: ago(2 * DAY) });
    acceptSends();

    const first = await queueOutboundMessage({ ctx, conversationId: conversation.id, mode: 'comment_private', content: { type: 'text', text: 'Sent you a DM' }, sender: 'ai' });
    await runJob(first.messageId);
    const second = await refusal(queueOutboundMessage({ ctx, conversationId: conversation.id, mode: 'comment_private', content: { type: 'text', text: 'again' }, sender: 'operator' }));
    expect(second.message).toMatch(/only one private reply/);

    const pub = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'Thanks!' }, sender: 'ai' });
    await runJob(pub.messageId);

    expect(sends().map(({ path, body }) => ({ path, body }))).toEqual([
      { path: '/ig/me/messages', body: { recipient: { comment_id: '17900000000000001' }, message: { text: 'Sent you a DM' } } },
      { path: '/ig/17900000000000001/replies', body: { message: 'Thanks!' } },
    ]);
    expect(await load(first.messageId)).toMatchObject({ status: 'sent', kind: 'text' });
    expect(await load(pub.messageId)).toMatchObject({ status: 'sent', kind: 'comment', externalId: 'reply_2' });
  });

  it('Instagram comment older than 7 days: no private reply', async () => {
    const channel = await createChannel(workspaceId, 'instagram');
    const { conversation } = await createConversation(channel, { kind: 'comment_thread', lastInboundAt: null });
    await createInboundMessage({ channel, conversationId: conversation.id, kind: 'comment', externalId: '17900000000000002', sentAt: ago(7 * DAY + 1000) });
    const error = await refusal(queueOutboundMessage({ ctx, conversationId: conversation.id, mode: 'comment_private', content: { type: 'text', text: 'late' }, sender: 'operator' }));
    expect(error.message).toMatch(/7 days/);
  });
});

describe('refusals before queueing', () => {
  it('another workspace\'s conversation is not found', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const { conversation } = await createConversation(channel);
    const error = await refusal(queueOutboundMessage({ ctx: otherCtx, conversationId: conversation.id, content: { type: 'text', text: 'x' }, sender: 'operator' }));
    expect(error.code).toBe('not_found');
  });

  it.each(['token_expired', 'disconnected'] as const)('a %s channel is refused with a clear message', async (status) => {
    const channel = await createChannel(workspaceId, 'messenger', { status });
    const { conversation } = await createConversation(channel);
    const error = await refusal(queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'x' }, sender: 'operator' }));
    expect(error.message).toMatch(/reconnect/i);
  });

  it('an unreachable contact is refused; empty text is refused', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const { conversation, contact } = await createConversation(channel);
    expect((await refusal(queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: '   ' }, sender: 'operator' }))).code).toBe('bad_request');
    await db.contact.update({ where: { id: contact.id }, data: { unreachable: true } });
    expect((await refusal(queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'hi' }, sender: 'operator' }))).message).toMatch(/cannot be reached/);
  });

  it('a double submit with the same client id creates one message', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const { conversation } = await createConversation(channel);
    const clientId = crypto.randomUUID();
    const input = { ctx, conversationId: conversation.id, content: { type: 'text' as const, text: 'once' }, sender: 'operator' as const, clientId };
    const [a, b] = await Promise.all([queueOutboundMessage(input), queueOutboundMessage(input)]);
    expect(a.messageId).toBe(clientId);
    expect(b.messageId).toBe(clientId);
    expect(await db.message.count({ where: { conversationId: conversation.id } })).toBe(1);
  });
});

describe('Graph errors', () => {
  it('190: channel token_expired, message failed with an explanation, no retry', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const { conversation } = await createConversation(channel);
    const { messageId } = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'x' }, sender: 'operator' });
    graph.respond(() => ({ status: 400, json: { error: { message: 'Error validating access token', type: 'OAuthException', code: 190, error_subcode: 463, fbtrace_id: 'T1' } } }));
    await expect(runJob(messageId)).resolves.toBeUndefined(); // resolved = pg-boss will not retry
    const message = await load(messageId);
    expect(message).toMatchObject({ status: 'failed', errorCode: 'graph_190_463' });
    expect(message.errorMessage).toMatch(/Reconnect the channel/);
    expect((await db.channel.findUniqueOrThrow({ where: { id: channel.id } })).status).toBe('token_expired');
    expect(await db.auditLog.count({ where: { workspaceId, action: 'channel.token_expired', targetId: channel.id } })).toBe(1);
  });

  it('429 / code 4: retried (the job throws), then sent', async () => {
    const channel = await createChannel(workspaceId, 'instagram');
    const { conversation } = await createConversation(channel);
    const { messageId } = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'x' }, sender: 'ai' });
    graph.respond(() => ({ status: 429, json: { error: { message: 'Application request limit reached', code: 4 } } }));
    const error = await runJob(messageId, 1).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect((error as GraphApiError).kind).toBe('rate_limited');
    expect((await load(messageId)).status).toBe('queued');
    acceptSends();
    await runJob(messageId, 2);
    expect(await load(messageId)).toMatchObject({ status: 'sent', externalId: 'mid.1' });
    expect(sends()).toHaveLength(2);
  });

  it('a transient error on the final attempt marks the message failed', async () => {
    const channel = await createChannel(workspaceId, 'whatsapp');
    const { conversation } = await createConversation(channel);
    const { messageId } = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'x' }, sender: 'ai' });
    graph.respond(() => ({ status: 500, json: { error: { message: 'An unknown error occurred', code: 1 } } }));
    await runJob(messageId, sendMessageJob.retry.limit + 1);
    const message = await load(messageId);
    expect(message).toMatchObject({ status: 'failed', errorCode: 'graph_1' });
    expect(message.errorMessage).toMatch(/after several attempts/);
  });

  it('551: contact unreachable, message failed', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const { conversation, contact } = await createConversation(channel);
    const { messageId } = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'x' }, sender: 'operator' });
    graph.respond(() => ({ status: 400, json: { error: { message: 'This person isn\'t available right now.', code: 551 } } }));
    await runJob(messageId);
    expect((await load(messageId)).status).toBe('failed');
    expect((await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).unreachable).toBe(true);
  });

  it('invalid_request: failed with Meta\'s message; retryFailedMessage re-queues it and it sends', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const { conversation } = await createConversation(channel);
    const { messageId } = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'x' }, sender: 'operator' });
    graph.respond(() => ({ status: 400, json: { error: { message: '(#100) Param recipient is invalid', code: 100 } } }));
    await runJob(messageId);
    expect((await load(messageId)).errorMessage).toMatch(/Param recipient is invalid/);

    await expect(retryFailedMessage({ ctx: otherCtx, messageId })).rejects.toMatchObject({ code: 'not_found' });
    await retryFailedMessage({ ctx, messageId });
    expect(await load(messageId)).toMatchObject({ status: 'queued', errorMessage: null });
    const boss = await getBoss();
    expect(await boss.getQueueSize('send-message')).toBeGreaterThan(0);
    acceptSends();
    await runJob(messageId);
    expect((await load(messageId)).status).toBe('sent');
  });

  it('a duplicate job run calls Graph once', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const { conversation } = await createConversation(channel);
    const { messageId } = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'x' }, sender: 'operator' });
    acceptSends();
    await runJob(messageId);
    await runJob(messageId);
    expect(sends()).toHaveLength(1);
  });

  it('two workers running the same message at the same moment call Graph once (send claim)', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const { conversation } = await createConversation(channel);
    const { messageId } = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'x' }, sender: 'operator' });
    acceptSends();
    await Promise.all([runJob(messageId), runJob(messageId), runJob(messageId)]);
    expect(sends()).toHaveLength(1);
    expect((await load(messageId)).status).toBe('sent');
  });

  it('a fresh claim of another worker makes this run skip; a claim older than two minutes (a worker that died) is taken over', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const { conversation } = await createConversation(channel);
    const { messageId } = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'x' }, sender: 'operator' });
    acceptSends();
    await db.message.update({ where: { id: messageId }, data: { sendClaimedAt: new Date(Date.now() - 60_000) } });
    await runJob(messageId);
    expect(sends()).toHaveLength(0);
    expect((await load(messageId)).status).toBe('queued');
    await db.message.update({ where: { id: messageId }, data: { sendClaimedAt: new Date(Date.now() - 3 * 60_000) } });
    await runJob(messageId);
    expect(sends()).toHaveLength(1);
    expect((await load(messageId)).status).toBe('sent');
  });

  it('a message whose channel is disconnected fails without calling Graph, whoever claimed it', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const { conversation } = await createConversation(channel);
    const { messageId } = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'x' }, sender: 'operator' });
    await db.channel.update({ where: { id: channel.id }, data: { status: 'disconnected' } });
    acceptSends();
    await runJob(messageId);
    expect(sends()).toHaveLength(0);
    expect(await load(messageId)).toMatchObject({ status: 'failed', errorCode: 'channel_disconnected' });
  });

  it('a retryable failure releases the claim so the retry can send', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const { conversation } = await createConversation(channel);
    const { messageId } = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'x' }, sender: 'operator' });
    graph.respond(() => ({ status: 400, json: { error: { message: 'Application request limit reached', code: 4 } } }));
    await expect(runJob(messageId)).rejects.toBeInstanceOf(GraphApiError);
    expect((await load(messageId)).sendClaimedAt).toBeNull();
    acceptSends();
    await runJob(messageId, 2);
    expect((await load(messageId)).status).toBe('sent');
  });
});

describe('fetchProfile', () => {
  const channel = (type: 'instagram' | 'messenger' | 'whatsapp') => ({ id: crypto.randomUUID(), type, externalId: '100000000000001', accessToken: `${type}-token` });

  it('Instagram: GET /{igsid}?fields=name,username,profile_pic', async () => {
    graph.respond((r) => (r.path === '/ig/1234567890123456' ? { json: { name: 'Ana', username: 'ana.shop', profile_pic: 'https://cdn.example/ana.jpg' } } : undefined));
    expect(await fetchInstagramProfile(channel('instagram'), '1234567890123456')).toEqual({ name: 'Ana', username: 'ana.shop', avatarUrl: 'https://cdn.example/ana.jpg' });
    expect(graph.requests[0]).toMatchObject({ query: { fields: 'name,username,profile_pic' }, authorization: 'Bearer instagram-token' });
  });

  it('Messenger: GET /{psid}?fields=first_name,last_name,profile_pic', async () => {
    graph.respond((r) => (r.path === '/graph/7000000000000001' ? { json: { first_name: 'Ana', last_name: 'Lima', profile_pic: 'https://cdn.example/p.jpg' } } : undefined));
    expect(await fetchMessengerProfile(channel('messenger'), '7000000000000001')).toEqual({ name: 'Ana Lima', avatarUrl: 'https://cdn.example/p.jpg' });
    expect(graph.requests[0]).toMatchObject({ query: { fields: 'first_name,last_name,profile_pic' }, authorization: 'Bearer messenger-token' });
  });

  it('WhatsApp has no profile API: nothing is fetched', async () => {
    expect(await fetchWhatsAppProfile(channel('whatsapp'), '15551234567')).toEqual({});
    expect(graph.requests).toHaveLength(0);
  });
});

describe('echo race', () => {
  it('an echo ingested before the send result is stored is folded into the sent message', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const { conversation } = await createConversation(channel);
    const { messageId } = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'x' }, sender: 'operator' });
    graph.respond(() => ({ json: { recipient_id: 'r', message_id: 'mid.echoed' } }));
    await db.message.create({
      data: { workspaceId, channelId: channel.id, conversationId: conversation.id, direction: 'outbound', sender: 'native_app', status: 'sent', kind: 'text', externalId: 'mid.echoed', text: 'x', sentAt: new Date() },
    });
    await runJob(messageId);
    expect(await db.message.findMany({ where: { channelId: channel.id, externalId: 'mid.echoed' }, select: { id: true } })).toEqual([{ id: messageId }]);
    expect(sends()).toHaveLength(1);
  });
});
