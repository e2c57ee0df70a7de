// The agent running for real on inbound messages, on the real database with the offline
// provider: drafts with sources, auto-send through the real send path (fake Graph), modes,
// idempotency, handoff effects, the rate limit, the monthly cap, the intro, comment rules and
// tenant isolation.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { saveAgentSettings } from '@/lib/agent/agent-settings';
import { defaultAgentSettings, type AgentSettings } from '@/lib/agent/agent-settings.schema';
import { agentRuntimeDeps } from '@/lib/agent/runtime/agent-runtime-deps';
import type { AgentRuntimeDeps } from '@/lib/agent/runtime/agent-runtime-deps.types';
import { runAgentTurn } from '@/lib/agent/runtime/run-agent-turn';
import { ProviderError } from '@/lib/agent/providers/agent-provider';
import { db } from '@/lib/db';
import { aiMessageProvenance } from '@/lib/agent/runtime/agent-reply-provenance';
import { getAgentUsage } from '@/lib/agent/usage/get-agent-usage';
import { saveMonthlyCap } from '@/lib/agent/usage/save-monthly-cap';
import { AppError } from '@/lib/errors';
import { getPendingReplyDraft } from '@/lib/inbox/drafts/get-pending-reply-draft';
import { findOrCreateOpenConversation } from '@/lib/inbox/find-or-create-open-conversation';
import { setAiHandling } from '@/lib/inbox/set-ai-handling';
import { sendMessageJob } from '@/lib/jobs/definitions/send-message';
import { logger } from '@/lib/logger';
import { createChannel, createConversation, createInboundMessage } from '../channel-factories';
import { addMember, contextFor, createWorkspaceWithOwner } from '../factories';
import { acceptMetaSends, startFakeGraph } from '../fake-graph-server';

const graph = await startFakeGraph();
process.env.META_GRAPH_BASE_URL = `${graph.url}/graph`;
process.env.META_INSTAGRAM_GRAPH_BASE_URL = `${graph.url}/ig`;
afterAll(() => graph.close());
beforeEach(() => graph.reset());

const MINUTE = 60_000;
const ago = (ms: number) => new Date(Date.now() - ms);
const faq = [{ question: 'What are your opening hours?', answer: 'We are open from 9 to 5, Monday to Friday, at our Berlin shop.' }];

async function workspaceWith(patch: Partial<AgentSettings> = {}) {
  const { workspace, owner } = await createWorkspaceWithOwner();
  const ctx = await contextFor(owner.id, workspace.id);
  const settings = { ...defaultAgentSettings(), faq, introMessage: '', discloseAi: false, ...patch };
  await saveAgentSettings({ ctx, settings, expectedVersion: 0, note: null });
  return { workspace, owner, ctx };
}

/** A conversation with an earlier business message, so no intro applies unless a test wants one. */
async function conversationIn(workspaceId: string, options: { type?: 'instagram' | 'messenger'; handling?: 'ai_auto' | 'ai_draft' | 'human'; kind?: 'direct' | 'comment_thread'; firstContact?: boolean } = {}) {
  const channel = await createChannel(workspaceId, options.type ?? 'messenger');
  const { conversation, contact } = await createConversation(channel, { lastInboundAt: ago(MINUTE), kind: options.kind });
  await db.conversation.update({ where: { id: conversation.id }, data: { handling: options.handling ?? 'ai_draft' } });
  if (!options.firstContact) {
    await db.message.create({
      data: { workspaceId, channelId: channel.id, conversationId: conversation.id, direction: 'outbound', sender: 'operator', status: 'sent', kind: 'text', text: 'Welcome back!', sentAt: ago(10 * MINUTE), externalId: `m_${crypto.randomUUID()}` },
    });
  }
  return { channel, conversation, contact };
}

const run = (workspaceId: string, messageId: string, deps: AgentRuntimeDeps = agentRuntimeDeps, attempt = 1) =>
  runAgentTurn({ workspaceId, messageId, attempt, maxAttempts: 4, deps, log: logger });

const acceptSends = () => graph.respond(acceptMetaSends());
const sendJobsFor = async (messageId: string) =>
  (await db.$queryRaw<{ n: number }[]>`select count(*)::int as n from pgboss.job where name = 'send-message' and data->>'messageId' = ${messageId}`)[0]!.n;

describe('draft mode', () => {
  it('answers an inbound DM with a draft that carries the provider, model, sources and run id', async () => {
    const { workspace } = await workspaceWith();
    const { channel, conversation } = await conversationIn(workspace.id);
    const inbound = await createInboundMessage({ channel, conversationId: conversation.id, text: 'What are your opening hours?' });

    const outcome = await run(workspace.id, inbound.id);
    expect(outcome.status).toBe('drafted');
    const agentRun = await db.agentRun.findFirstOrThrow({ where: { triggerMessageId: inbound.id } });
    expect(agentRun).toMatchObject({ status: 'drafted', mode: 'draft', kind: 'reply', provider: 'offline' });
    expect(agentRun.latencyMs).toBeGreaterThanOrEqual(0);
    const draft = await db.replyDraft.findUniqueOrThrow({ where: { id: agentRun.draftId! } });
    expect(draft).toMatchObject({ status: 'pending', inReplyToId: inbound.id, conversationId: conversation.id });
    expect(draft.text).toContain('9 to 5');
    const meta = draft.meta as { provider: string; model: string; agentRunId: string; sources: { type: string; title: string }[] };
    expect(meta.agentRunId).toBe(agentRun.id);
    expect(meta.provider).toMatch(/offline/i);
    expect(meta.sources.some((s) => s.type === 'faq' && s.title === faq[0]!.question)).toBe(true);
    expect(await db.message.count({ where: { conversationId: conversation.id, direction: 'outbound', sender: 'ai' } })).toBe(0);
  });

  it('does nothing twice when the job is delivered again', async () => {
    const { workspace } = await workspaceWith();
    const { channel, conversation } = await conversationIn(workspace.id);
    const inbound = await createInboundMessage({ channel, conversationId: conversation.id, text: 'What are your opening hours?' });
    await run(workspace.id, inbound.id);
    expect((await run(workspace.id, inbound.id)).status).toBe('duplicate');
    expect(await db.agentRun.count({ where: { triggerMessageId: inbound.id } })).toBe(1);
    expect(await db.replyDraft.count({ where: { conversationId: conversation.id } })).toBe(1);
  });

  it('answers a burst once: an older message whose conversation has a newer one is superseded', async () => {
    const { workspace } = await workspaceWith();
    const { channel, conversation } = await conversationIn(workspace.id);
    const first = await createInboundMessage({ channel, conversationId: conversation.id, text: 'hi', sentAt: ago(2000) });
    await createInboundMessage({ channel, conversationId: conversation.id, text: 'What are your opening hours?' });
    expect(await run(workspace.id, first.id)).toMatchObject({ status: 'skipped', reason: 'superseded' });
  });
});

describe('skips', () => {
  it('leaves human-handled, closed and inactive-channel conversations, and reactions, alone — with a reason', async () => {
    const { workspace } = await workspaceWith();
    const human = await conversationIn(workspace.id, { handling: 'human' });
    const m1 = await createInboundMessage({ channel: human.channel, conversationId: human.conversation.id, text: 'hello?' });
    expect(await run(workspace.id, m1.id)).toMatchObject({ status: 'skipped', reason: 'human_handling' });

    const closed = await conversationIn(workspace.id);
    const m2 = await createInboundMessage({ channel: closed.channel, conversationId: closed.conversation.id, text: 'hello?' });
    await db.conversation.update({ where: { id: closed.conversation.id }, data: { status: 'closed', openKey: null } });
    expect(await run(workspace.id, m2.id)).toMatchObject({ status: 'skipped', reason: 'conversation_closed' });

    const inactive = await conversationIn(workspace.id);
    const m3 = await createInboundMessage({ channel: inactive.channel, conversationId: inactive.conversation.id, text: 'hello?' });
    await db.channel.update({ where: { id: inactive.channel.id }, data: { status: 'token_expired' } });
    expect(await run(workspace.id, m3.id)).toMatchObject({ status: 'skipped', reason: 'channel_inactive' });

    const reacted = await conversationIn(workspace.id);
    const m4 = await db.message.create({
      data: { workspaceId: workspace.id, channelId: reacted.channel.id, conversationId: reacted.conversation.id, direction: 'inbound', sender: 'customer', status: 'received', kind: 'reaction', text: '❤️', sentAt: new Date(), externalId: `r_${crypto.randomUUID()}` },
    });
    expect(await run(workspace.id, m4.id)).toMatchObject({ status: 'skipped', reason: 'reaction' });
    expect(await db.replyDraft.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });

  it('drafts nothing where nothing can be sent: 8 days after the last DM on Messenger, 2 days on WhatsApp (issue 14)', async () => {
    const { workspace } = await workspaceWith();
    const stale = await conversationIn(workspace.id);
    const old = await createInboundMessage({ channel: stale.channel, conversationId: stale.conversation.id, text: 'What are your opening hours?', sentAt: ago(8 * 24 * 60 * MINUTE) });
    await db.conversation.update({ where: { id: stale.conversation.id }, data: { lastInboundAt: old.sentAt } });
    expect(await run(workspace.id, old.id)).toMatchObject({ status: 'skipped', reason: 'window_closed' });

    // WhatsApp after 24 hours takes approved templates only: a text draft could never be sent either.
    const waChannel = await createChannel(workspace.id, 'whatsapp');
    const wa = await createConversation(waChannel, { lastInboundAt: ago(2 * 24 * 60 * MINUTE) });
    await db.conversation.update({ where: { id: wa.conversation.id }, data: { handling: 'ai_draft' } });
    const waOld = await createInboundMessage({ channel: waChannel, conversationId: wa.conversation.id, text: 'What are your opening hours?', sentAt: ago(2 * 24 * 60 * MINUTE) });
    expect(await run(workspace.id, waOld.id)).toMatchObject({ status: 'skipped', reason: 'window_closed' });
    expect(await db.replyDraft.count({ where: { workspaceId: workspace.id } })).toBe(0);
    const recorded = await db.agentRun.findFirstOrThrow({ where: { triggerMessageId: old.id } });
    expect(recorded).toMatchObject({ status: 'skipped', reason: 'window_closed', inputTokens: 0 });

    // 3 days on Messenger: the AI may not send, but an operator can (HUMAN_AGENT) — the draft helps them.
    const humanWindow = await conversationIn(workspace.id);
    const recent = await createInboundMessage({ channel: humanWindow.channel, conversationId: humanWindow.conversation.id, text: 'What are your opening hours?', sentAt: ago(3 * 24 * 60 * MINUTE) });
    await db.conversation.update({ where: { id: humanWindow.conversation.id }, data: { lastInboundAt: recent.sentAt } });
    expect(await run(workspace.id, recent.id)).toMatchObject({ status: 'drafted' });
  });

  it('does not answer when the agent is off for the channel', async () => {
    const probe = await workspaceWith();
    const channel = await createChannel(probe.workspace.id, 'messenger');
    const settings = { ...defaultAgentSettings(), faq, channelOverrides: [{ channelId: channel.id, mode: 'off' as const, instructions: '', introMessage: '' }] };
    await saveAgentSettings({ ctx: probe.ctx, settings, expectedVersion: 1, note: null });
    const { conversation } = await createConversation(channel);
    const inbound = await createInboundMessage({ channel, conversationId: conversation.id, text: 'What are your opening hours?' });
    expect(await run(probe.workspace.id, inbound.id)).toMatchObject({ status: 'skipped', reason: 'channel_off' });
  });
});

describe('auto-send', () => {
  it('sends the reply from the agent turn itself (no send-message job), exactly once even when the turn or a stray job runs again', async () => {
    const { workspace } = await workspaceWith({ mode: 'auto' });
    const { channel, conversation, contact } = await conversationIn(workspace.id, { handling: 'ai_auto' });
    const inbound = await createInboundMessage({ channel, conversationId: conversation.id, text: 'What are your opening hours?' });
    acceptSends();

    expect((await run(workspace.id, inbound.id)).status).toBe('sent');
    const agentRun = await db.agentRun.findFirstOrThrow({ where: { triggerMessageId: inbound.id } });
    expect(agentRun.messageIds).toHaveLength(1);
    const message = await db.message.findUniqueOrThrow({ where: { id: agentRun.messageIds[0]! } });
    expect(message).toMatchObject({ sender: 'ai', direction: 'outbound', status: 'sent' });
    expect(message.text).toContain('9 to 5');
    expect(await sendJobsFor(message.id)).toBe(0);

    // A re-run of the turn (its job crashed before completing) and a stray send job change nothing.
    await run(workspace.id, inbound.id, agentRuntimeDeps, 2);
    await sendMessageJob.handler({ messageId: message.id }, { jobId: 'test', attempt: 1, log: logger });
    expect((await db.message.findUniqueOrThrow({ where: { id: message.id } })).status).toBe('sent');
    const posted = graph.requests.filter((r) => r.method === 'POST');
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body).toMatchObject({ recipient: { id: contact.externalId }, message: { text: message.text } });
  });

  it('hands a reply that Meta could not take at once (5xx) to the send-message job, which retries it', async () => {
    const { workspace } = await workspaceWith({ mode: 'auto' });
    const { channel, conversation } = await conversationIn(workspace.id, { handling: 'ai_auto' });
    const inbound = await createInboundMessage({ channel, conversationId: conversation.id, text: 'What are your opening hours?' });
    graph.respond((r) => (r.method === 'POST' ? { status: 503, json: { error: { message: 'Service temporarily unavailable', code: 2 } } } : undefined));

    expect((await run(workspace.id, inbound.id)).status).toBe('sent');
    const agentRun = await db.agentRun.findFirstOrThrow({ where: { triggerMessageId: inbound.id } });
    const messageId = agentRun.messageIds[0]!;
    expect((await db.message.findUniqueOrThrow({ where: { id: messageId } })).status).toBe('queued');
    expect(await sendJobsFor(messageId)).toBe(1);

    acceptSends();
    await sendMessageJob.handler({ messageId }, { jobId: 'test', attempt: 2, log: logger });
    expect((await db.message.findUniqueOrThrow({ where: { id: messageId } })).status).toBe('sent');
  });

  it('drafts instead when the messaging window refuses the send, and says why', async () => {
    const { workspace } = await workspaceWith({ mode: 'auto' });
    const { channel, conversation } = await conversationIn(workspace.id, { handling: 'ai_auto' });
    const inbound = await createInboundMessage({ channel, conversationId: conversation.id, text: 'What are your opening hours?', sentAt: ago(3 * 24 * 60 * MINUTE) });
    await db.conversation.update({ where: { id: conversation.id }, data: { lastInboundAt: ago(3 * 24 * 60 * MINUTE) } });
    const outcome = await run(workspace.id, inbound.id);
    expect(outcome).toMatchObject({ status: 'drafted' });
    const agentRun = await db.agentRun.findFirstOrThrow({ where: { triggerMessageId: inbound.id } });
    expect(agentRun.reason).toMatch(/^send_refused: /);
    expect(agentRun.draftId).not.toBeNull();
  });

  it('sends the intro first on a contact’s very first message; drafts prepend it', async () => {
    const intro = 'Hi! I am the shop assistant.';
    const { workspace } = await workspaceWith({ mode: 'auto', introMessage: intro, discloseAi: true });
    const auto = await conversationIn(workspace.id, { handling: 'ai_auto', firstContact: true });
    const m1 = await createInboundMessage({ channel: auto.channel, conversationId: auto.conversation.id, text: 'What are your opening hours?' });
    await run(workspace.id, m1.id);
    const sent = await db.message.findMany({ where: { conversationId: auto.conversation.id, direction: 'outbound' }, orderBy: { createdAt: 'asc' } });
    expect(sent.map((m) => m.sender)).toEqual(['ai', 'ai']);
    expect(sent[0]!.text).toContain(intro);
    expect(sent[0]!.text).toMatch(/AI assistant/);
    expect(sent[1]!.text).toContain('9 to 5');

    // The next message of the same contact gets no intro.
    const m2 = await createInboundMessage({ channel: auto.channel, conversationId: auto.conversation.id, text: 'And on Saturday?', sentAt: new Date(Date.now() + 1000) });
    await run(workspace.id, m2.id);
    expect(await db.message.count({ where: { conversationId: auto.conversation.id, direction: 'outbound', text: { contains: intro } } })).toBe(1);

    const draft = await conversationIn(workspace.id, { handling: 'ai_draft', firstContact: true });
    const m3 = await createInboundMessage({ channel: draft.channel, conversationId: draft.conversation.id, text: 'What are your opening hours?' });
    await run(workspace.id, m3.id);
    const pending = await db.replyDraft.findFirstOrThrow({ where: { conversationId: draft.conversation.id } });
    expect(pending.text.startsWith(intro)).toBe(true);
  });
});

describe('handoff', () => {
  it('stops the AI, flags needs-human, records the rule and queues operator alerts', async () => {
    const { workspace, owner } = await workspaceWith({ mode: 'auto' });
    const { channel, conversation } = await conversationIn(workspace.id, { handling: 'ai_auto' });
    const inbound = await createInboundMessage({ channel, conversationId: conversation.id, text: 'I want a refund for my order' });

    expect((await run(workspace.id, inbound.id)).status).toBe('handed_off');
    const after = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(after).toMatchObject({ handling: 'human', needsHuman: true, handlingBeforeTakeover: 'ai_auto', takenOverById: null });
    const agentRun = await db.agentRun.findFirstOrThrow({ where: { triggerMessageId: inbound.id } });
    expect(agentRun).toMatchObject({ status: 'handed_off', handoffRule: 'keyword' });
    expect(agentRun.reason).toBeTruthy();
    expect(await db.notificationOutbox.count({ where: { conversationId: conversation.id, kind: 'handoff', userId: owner.id } })).toBe(1);
    const event = await db.inboxEvent.findFirst({ where: { conversationId: conversation.id, type: 'conversation.updated' }, orderBy: { seq: 'desc' } });
    expect((event?.payload as { changes: string[] }).changes).toContain('needsHuman');

    // The AI is stopped: the next message is skipped.
    const next = await createInboundMessage({ channel, conversationId: conversation.id, text: 'Hello?', sentAt: new Date(Date.now() + 1000) });
    expect(await run(workspace.id, next.id)).toMatchObject({ status: 'skipped', reason: 'human_handling' });
  });

  it('hands off on the rate limit (replies in the last hour counted from AgentRun)', async () => {
    const { workspace } = await workspaceWith({ guardrails: { blockedPhrases: [], maxRepliesPerHour: 1 } });
    const { channel, conversation } = await conversationIn(workspace.id);
    await db.agentRun.create({ data: { workspaceId: workspace.id, conversationId: conversation.id, kind: 'reply', mode: 'draft', status: 'drafted', provider: 'offline', createdAt: ago(10 * MINUTE) } });
    const inbound = await createInboundMessage({ channel, conversationId: conversation.id, text: 'What are your opening hours?' });
    expect(await run(workspace.id, inbound.id)).toMatchObject({ status: 'handed_off', reason: 'rate_limit' });
  });

  it('retries retryable provider errors, then hands off after the last attempt', async () => {
    const { workspace } = await workspaceWith();
    const { channel, conversation } = await conversationIn(workspace.id);
    const inbound = await createInboundMessage({ channel, conversationId: conversation.id, text: 'What are your opening hours?' });
    const failing: AgentRuntimeDeps = { ...agentRuntimeDeps, composeReply: () => Promise.reject(new ProviderError('rate_limit', 'Too many requests', { status: 429 })) };
    await expect(run(workspace.id, inbound.id, failing, 1)).rejects.toBeInstanceOf(ProviderError);
    expect((await db.agentRun.findFirstOrThrow({ where: { triggerMessageId: inbound.id } })).status).toBe('running');
    expect(await run(workspace.id, inbound.id, failing, 4)).toMatchObject({ status: 'handed_off', reason: 'provider_error' });
    expect(await db.agentRun.count({ where: { triggerMessageId: inbound.id } })).toBe(1);
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).needsHuman).toBe(true);
  });
});

describe('monthly cap', () => {
  it('falls back to drafts at the cap and emails the owners once a month', async () => {
    const { workspace, owner } = await workspaceWith({ mode: 'auto' });
    await db.agentConfig.create({ data: { workspaceId: workspace.id, monthlyCapCents: 100 } });
    const { channel, conversation } = await conversationIn(workspace.id, { handling: 'ai_auto' });
    await db.agentRun.create({ data: { workspaceId: workspace.id, conversationId: conversation.id, kind: 'reply', mode: 'auto', status: 'sent', provider: 'openai', costMicros: 1_500_000, createdAt: ago(2 * 60 * MINUTE) } });

    for (const text of ['What are your opening hours?', 'And where is the shop?']) {
      const inbound = await createInboundMessage({ channel, conversationId: conversation.id, text, sentAt: new Date() });
      expect(await run(workspace.id, inbound.id)).toMatchObject({ status: 'drafted' });
      const agentRun = await db.agentRun.findFirstOrThrow({ where: { triggerMessageId: inbound.id } });
      expect(agentRun).toMatchObject({ mode: 'draft' });
    }
    expect(await db.message.count({ where: { conversationId: conversation.id, sender: 'ai' } })).toBe(0);
    const emails = await db.$queryRaw<{ to: string }[]>`select data->>'to' as "to" from pgboss.job where name = 'send-email' and data->>'template' = 'agent-cap-reached' and data->>'to' = ${owner.email}`;
    expect(emails).toHaveLength(1);
    expect((await db.agentConfig.findUniqueOrThrow({ where: { workspaceId: workspace.id } })).capAlertedMonth).toBe(new Date().toISOString().slice(0, 7));
  });
});

describe('Instagram comments', () => {
  async function commentThread(patch: Partial<AgentSettings>) {
    const { workspace } = await workspaceWith({ mode: 'auto', ...patch });
    const thread = await conversationIn(workspace.id, { type: 'instagram', kind: 'comment_thread', handling: 'ai_auto' });
    return { workspace, ...thread };
  }
  const comment = (thread: Awaited<ReturnType<typeof commentThread>>, text: string) =>
    createInboundMessage({ channel: thread.channel, conversationId: thread.conversation.id, kind: 'comment', text, sentAt: new Date() });

  it('action off skips; keywords filter', async () => {
    const off = await commentThread({});
    expect(await run(off.workspace.id, (await comment(off, 'What are your opening hours?')).id)).toMatchObject({ status: 'skipped', reason: 'comments_off' });
    const keyed = await commentThread({ comments: { action: 'public', keywords: ['price'], privateMessage: '' } });
    expect(await run(keyed.workspace.id, (await comment(keyed, 'What are your opening hours?')).id)).toMatchObject({ status: 'skipped', reason: 'keyword_mismatch' });
  });

  it('both: a public reply and ONE private reply per comment', async () => {
    const thread = await commentThread({ comments: { action: 'both', keywords: [], privateMessage: 'Thanks! We sent you the details.' } });
    const first = await comment(thread, 'What are your opening hours?');
    expect((await run(thread.workspace.id, first.id)).status).toBe('sent');
    const out = await db.message.findMany({ where: { conversationId: thread.conversation.id, sender: 'ai' }, orderBy: { createdAt: 'asc' } });
    expect(out.map((m) => (m.details as { mode: string }).mode).sort()).toEqual(['comment_private', 'comment_public']);
    expect(out.find((m) => (m.details as { mode: string }).mode === 'comment_private')!.text).toBe('Thanks! We sent you the details.');
    expect(out.every((m) => (m.details as { commentId: string }).commentId === first.externalId)).toBe(true);
  });

  it('never sends a second private reply to the same comment', async () => {
    const thread = await commentThread({ comments: { action: 'private', keywords: [], privateMessage: 'Check your DMs!' } });
    const first = await comment(thread, 'What are your opening hours?');
    await db.message.create({
      data: {
        workspaceId: thread.workspace.id, channelId: thread.channel.id, conversationId: thread.conversation.id, direction: 'outbound', sender: 'operator', status: 'sent', kind: 'text',
        text: 'Sent already', sentAt: new Date(), details: { mode: 'comment_private', commentId: first.externalId, content: { type: 'text', text: 'Sent already' } },
      },
    });
    const outcome = await run(thread.workspace.id, first.id);
    expect(outcome).toMatchObject({ status: 'skipped' });
    expect((await db.agentRun.findFirstOrThrow({ where: { triggerMessageId: first.id } })).reason).toMatch(/already got one/);
    expect(await db.message.count({ where: { conversationId: thread.conversation.id, sender: 'ai' } })).toBe(0);
  });

  it('the business’s own comments never trigger a reply', async () => {
    const thread = await commentThread({ comments: { action: 'public', keywords: [], privateMessage: '' } });
    const own = await db.message.create({
      data: { workspaceId: thread.workspace.id, channelId: thread.channel.id, conversationId: thread.conversation.id, direction: 'outbound', sender: 'native_app', status: 'sent', kind: 'comment', text: 'Thanks all!', sentAt: new Date(), externalId: `c_${crypto.randomUUID()}` },
    });
    expect(await run(thread.workspace.id, own.id)).toMatchObject({ status: 'skipped', reason: 'from_business' });
  });
});

describe('new conversations and tenant isolation', () => {
  it('a new conversation starts in its channel’s mode', async () => {
    const { workspace } = await workspaceWith({ mode: 'auto' });
    const channel = await createChannel(workspace.id, 'messenger');
    const contact = await db.contact.create({ data: { workspaceId: workspace.id, channelId: channel.id, externalId: `c${Date.now()}`, name: 'New' } });
    const created = await findOrCreateOpenConversation({ workspaceId: workspace.id, channelId: channel.id, contactId: contact.id, sentAt: new Date() });
    expect((await db.conversation.findUniqueOrThrow({ where: { id: created.id } })).handling).toBe('ai_auto');

    const drafts = await workspaceWith({ mode: 'draft' });
    const other = await createChannel(drafts.workspace.id, 'messenger');
    const person = await db.contact.create({ data: { workspaceId: drafts.workspace.id, channelId: other.id, externalId: `d${Date.now()}`, name: 'New' } });
    const second = await findOrCreateOpenConversation({ workspaceId: drafts.workspace.id, channelId: other.id, contactId: person.id, sentAt: new Date() });
    expect((await db.conversation.findUniqueOrThrow({ where: { id: second.id } })).handling).toBe('ai_draft');
  });

  it('a job naming workspace A with B’s message touches nothing', async () => {
    const a = await workspaceWith({ mode: 'auto' });
    const b = await workspaceWith({ mode: 'auto' });
    const { channel, conversation } = await conversationIn(b.workspace.id, { handling: 'ai_auto' });
    const inbound = await createInboundMessage({ channel, conversationId: conversation.id, text: 'What are your opening hours?' });
    expect(await run(a.workspace.id, inbound.id)).toEqual({ status: 'missing' });
    expect(await db.agentRun.count({ where: { triggerMessageId: inbound.id } })).toBe(0);
    expect(await db.agentRun.count({ where: { workspaceId: a.workspace.id } })).toBe(0);
    expect(await db.message.count({ where: { conversationId: conversation.id, direction: 'outbound', sender: 'ai' } })).toBe(0);
  });
});

describe('inbox provenance, the AI mode switch and usage', () => {
  it('shows the provider and sources on drafts and AI-sent messages', async () => {
    const { workspace, ctx } = await workspaceWith({ mode: 'auto' });
    const drafted = await conversationIn(workspace.id);
    const m1 = await createInboundMessage({ channel: drafted.channel, conversationId: drafted.conversation.id, text: 'What are your opening hours?' });
    await run(workspace.id, m1.id);
    const pending = await getPendingReplyDraft({ ctx, conversationId: drafted.conversation.id });
    expect(pending?.provenance?.providerLabel).toMatch(/offline/i);
    expect(pending?.provenance?.sources).toContain(faq[0]!.question);

    const sent = await conversationIn(workspace.id, { handling: 'ai_auto' });
    const m2 = await createInboundMessage({ channel: sent.channel, conversationId: sent.conversation.id, text: 'What are your opening hours?' });
    await run(workspace.id, m2.id);
    const aiMessage = await db.message.findFirstOrThrow({ where: { conversationId: sent.conversation.id, sender: 'ai' } });
    const byMessage = await aiMessageProvenance({ db: ctx.db, conversationId: sent.conversation.id, messageIds: [aiMessage.id] });
    expect(byMessage.get(aiMessage.id)?.sources).toContain(faq[0]!.question);
  });

  it('operators switch a conversation between AI draft and auto-send, never out of human handling', async () => {
    const { workspace, ctx } = await workspaceWith();
    const { conversation } = await conversationIn(workspace.id);
    expect(await setAiHandling({ ctx, conversationId: conversation.id, handling: 'ai_auto' })).toEqual({ changed: true });
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).handling).toBe('ai_auto');
    await db.conversation.update({ where: { id: conversation.id }, data: { handling: 'human' } });
    await expect(setAiHandling({ ctx, conversationId: conversation.id, handling: 'ai_draft' })).rejects.toBeInstanceOf(AppError);
  });

  it('sums the month per day and per provider, and only owners save the cap', async () => {
    const { workspace, ctx } = await workspaceWith();
    const { conversation } = await conversationIn(workspace.id);
    const base = { workspaceId: workspace.id, conversationId: conversation.id, kind: 'reply', mode: 'auto' };
    await db.agentRun.createMany({
      data: [
        { ...base, status: 'sent', provider: 'openai', model: 'gpt-4o-mini', inputTokens: 100, outputTokens: 20, costMicros: 300, createdAt: new Date('2026-10-03T10:00:00Z') },
        { ...base, status: 'drafted', provider: 'openai', model: 'gpt-4o-mini', inputTokens: 50, outputTokens: 10, costMicros: 150, createdAt: new Date('2026-10-03T11:00:00Z') },
        { ...base, status: 'handed_off', provider: 'offline', createdAt: new Date('2026-10-05T09:00:00Z') },
        { ...base, status: 'sent', provider: 'openai', model: 'gpt-4o-mini', costMicros: 999, createdAt: new Date('2026-11-01T00:00:00Z') },
      ],
    });
    const usage = await getAgentUsage({ ctx, month: '2026-10' });
    expect(usage.totals).toMatchObject({ replies: 1, drafts: 1, handoffs: 1, inputTokens: 150, outputTokens: 30, costMicros: 450 });
    expect(usage.days.map((d) => [d.day, d.runs])).toEqual([['2026-10-03', 2], ['2026-10-05', 1]]);
    expect(usage.models.find((m) => m.provider === 'openai')).toMatchObject({ model: 'gpt-4o-mini', costMicros: 450 });

    await saveMonthlyCap({ ctx, capCents: 2500 });
    expect((await db.agentConfig.findUniqueOrThrow({ where: { workspaceId: workspace.id } })).monthlyCapCents).toBe(2500);
    const admin = await addMember(workspace.id, 'admin');
    await expect(saveMonthlyCap({ ctx: await contextFor(admin.id, workspace.id), capCents: 1 })).rejects.toBeInstanceOf(AppError);
  });
});
