// The places that change what the inbox shows record an inbox event (the SSE log): ingest,
// queueing, sending, failing and retrying. Payloads carry ids and a short preview, never bodies.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { queueOutboundMessage } from '@/lib/inbox/queue-outbound-message';
import { retryFailedMessage } from '@/lib/inbox/retry-failed-message';
import { storeNormalisedEvent } from '@/lib/inbox/store-normalised-event';
import { sendMessageJob } from '@/lib/jobs/definitions/send-message';
import { logger } from '@/lib/logger';
import { sweepInboxEvents } from '@/lib/realtime/sweep-inbox-events';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { createChannel, createConversation } from '../channel-factories';
import { twoWorkspaceContexts } from '../factories';
import { startFakeGraph } from '../fake-graph-server';

const graph = await startFakeGraph();
process.env.META_GRAPH_BASE_URL = `${graph.url}/graph`;
process.env.META_INSTAGRAM_GRAPH_BASE_URL = `${graph.url}/ig`;

let ctx: WorkspaceContext;
let workspaceId: string;
beforeAll(async () => ({ workspaceId, ctx } = await twoWorkspaceContexts()));
afterAll(() => graph.close());
beforeEach(() => graph.reset());

const eventsOf = async (messageId: string) =>
  (await db.inboxEvent.findMany({ where: { workspaceId }, orderBy: { seq: 'asc' } })).filter((e) => (e.payload as { messageId?: string }).messageId === messageId).map((e) => ({ type: e.type, ...(e.payload as { status?: string; preview?: string }) }));

describe('recorded inbox events', () => {
  it('ingest: message.created with a 140-character preview and the unread total, then status updates', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const text = 'x'.repeat(500);
    const result = await storeNormalisedEvent({
      workspaceId, channelId: channel.id,
      event: { messages: [{ externalId: 'mid.in.1', contactExternalId: '9001', direction: 'inbound', sender: 'customer', kind: 'text', text, sentAt: new Date() }], statuses: [], deletions: [], skipped: [] },
    });
    const [messageId] = result.messageIds;
    const [created] = await eventsOf(messageId!);
    expect(created).toMatchObject({ type: 'message.created', direction: 'inbound', unreadTotal: 1 });
    expect(created?.preview).toHaveLength(140);
    await storeNormalisedEvent({ workspaceId, channelId: channel.id, event: { messages: [], statuses: [], deletions: [{ externalId: 'mid.in.1', occurredAt: new Date() }], skipped: [] } });
    expect((await eventsOf(messageId!)).at(-1)).toMatchObject({ type: 'message.updated', status: 'deleted' });
  });

  it('sending: queued → sent, and failed → queued again on retry', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const { conversation } = await createConversation(channel, { lastInboundAt: new Date() });
    graph.respond((r) => (r.method === 'POST' ? { json: { recipient_id: 'r', message_id: 'mid.out.1' } } : undefined));
    const sent = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'Hello there' }, sender: 'operator' });
    await sendMessageJob.handler({ messageId: sent.messageId }, { jobId: 't', attempt: 1, log: logger });
    expect(await eventsOf(sent.messageId)).toEqual([
      expect.objectContaining({ type: 'message.created', status: 'queued', direction: 'outbound', preview: 'Hello there' }),
      expect.objectContaining({ type: 'message.updated', status: 'sent' }),
    ]);

    graph.respond((r) => (r.method === 'POST' ? { status: 400, json: { error: { message: 'nope', type: 'OAuthException', code: 100 } } } : undefined));
    const failed = await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'Again' }, sender: 'operator' });
    await sendMessageJob.handler({ messageId: failed.messageId }, { jobId: 't', attempt: 1, log: logger });
    await retryFailedMessage({ ctx, messageId: failed.messageId });
    expect((await eventsOf(failed.messageId)).map((e) => `${e.type}:${e.status}`)).toEqual(['message.created:queued', 'message.updated:failed', 'message.updated:queued']);
  });

  it('retention keeps the last 24 hours', async () => {
    const old = await db.inboxEvent.create({ data: { workspaceId, type: 'conversation.updated', payload: {}, createdAt: new Date(Date.now() - 25 * 3_600_000) } });
    const recent = await db.inboxEvent.create({ data: { workspaceId, type: 'conversation.updated', payload: {} } });
    expect(await sweepInboxEvents({ batchSize: 1 })).toBeGreaterThanOrEqual(1);
    expect(await db.inboxEvent.findUnique({ where: { seq: old.seq } })).toBeNull();
    expect(await db.inboxEvent.findUnique({ where: { seq: recent.seq } })).not.toBeNull();
  });
});
