// Every limit /pricing advertises, enforced on the server with a clear message and an upgrade
// path: seats (invites and acceptances), connected channels, AI replies per month (drafts + one
// email), history days (hidden, not deleted), and read-only sending after an unpaid trial end —
// while inbound webhooks keep being stored.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { saveAgentSettings } from '@/lib/agent/agent-settings';
import { defaultAgentSettings } from '@/lib/agent/agent-settings.schema';
import { agentRuntimeDeps } from '@/lib/agent/runtime/agent-runtime-deps';
import { runAgentTurn } from '@/lib/agent/runtime/run-agent-turn';
import { getBillingOverview } from '@/lib/billing/get-billing-overview';
import { upsertConnectedChannel } from '@/lib/channels/upsert-connected-channel';
import { db } from '@/lib/db';
import type { AppError } from '@/lib/errors';
import { getComposerState } from '@/lib/inbox/get-composer-state';
import { getConversationView } from '@/lib/inbox/get-conversation-view';
import { countConversationsByFilter } from '@/lib/inbox/count-conversations-by-filter';
import { listConversations } from '@/lib/inbox/list-conversations';
import { listThreadMessages } from '@/lib/inbox/list-thread-messages';
import { queueOutboundMessage } from '@/lib/inbox/queue-outbound-message';
import { retryFailedMessage } from '@/lib/inbox/retry-failed-message';
import { logger } from '@/lib/logger';
import { processWebhookEvent } from '@/lib/meta/webhooks/process-webhook-event';
import { POST as postMetaWebhook } from '../support/meta-webhook-route';
import { acceptInvite } from '@/lib/team/accept-invite';
import { inviteMember } from '@/lib/team/invite-member';
import { revokeInvite } from '@/lib/team/revoke-invite';
import { signUpWithInvite } from '@/lib/team/sign-up-with-invite';
import { createChannel, createConversation, createInboundMessage } from '../channel-factories';
import { acceptMetaSends, startFakeGraph } from '../fake-graph-server';
import { addMember, contextFor, createUser, createWorkspaceWithOwner, setWorkspacePlan } from '../factories';
import { createFixtureChannels, fixtureIds, sign, TEST_APP_SECRET, webhookRequest } from '../support/meta-webhooks';

process.env.META_APP_SECRET = TEST_APP_SECRET;
const graph = await startFakeGraph();
process.env.META_GRAPH_BASE_URL = `${graph.url}/graph`;
afterAll(() => graph.close());
beforeEach(() => graph.reset());

const DAY = 86_400_000;
const tokenOf = (url: string) => new URL(url).pathname.split('/').at(-1)!;

async function trialWorkspace() {
  const { workspace, owner } = await createWorkspaceWithOwner({ plan: 'trial' });
  return { workspace, owner, ctx: await contextFor(owner.id, workspace.id) };
}

describe('seats', () => {
  it('refuses an invite past the plan’s seats (members + pending invites), with the upgrade path; revoking frees the seat', async () => {
    const { workspace, ctx } = await trialWorkspace(); // Free trial: 2 seats, the owner holds one
    const first = await inviteMember({ ctx, email: 'one@example.test', role: 'agent' });
    const refused = inviteMember({ ctx, email: 'two@example.test', role: 'agent' });
    await expect(refused).rejects.toMatchObject({ code: 'conflict', details: { code: 'plan_limit', limit: 'seats' } });
    await expect(refused).rejects.toThrow(/All 2 seats of the Free trial plan are taken.*upgrade on the Billing page/);
    expect(await db.invite.count({ where: { workspaceId: workspace.id } })).toBe(1);
    // Re-sending the pending invite keeps its seat.
    await expect(inviteMember({ ctx, email: 'one@example.test', role: 'admin' })).resolves.toMatchObject({ role: 'admin' });
    await revokeInvite({ ctx, inviteId: first.id });
    await expect(inviteMember({ ctx, email: 'two@example.test', role: 'agent' })).resolves.toMatchObject({ email: 'two@example.test' });
    // Upgrading lifts the limit at once.
    await setWorkspacePlan(workspace.id, 'growth');
    for (const n of [3, 4, 5]) await inviteMember({ ctx, email: `p${n}@example.test`, role: 'agent' });
    await expect(inviteMember({ ctx, email: 'p6@example.test', role: 'agent' })).rejects.toThrow(/All 5 seats of the Growth plan/);
  });

  it('two invites racing for the last seat: exactly one wins', async () => {
    const { workspace, ctx } = await trialWorkspace();
    const results = await Promise.allSettled([inviteMember({ ctx, email: 'a@example.test', role: 'agent' }), inviteMember({ ctx, email: 'b@example.test', role: 'agent' })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db.invite.count({ where: { workspaceId: workspace.id } })).toBe(1);
  });

  it('after a downgrade nobody is removed, but a pending invite can no longer be accepted (also not through sign-up)', async () => {
    const { workspace, ctx } = await createWorkspaceWithOwner({ plan: 'growth' }).then(async (w) => ({ ...w, ctx: await contextFor(w.owner.id, w.workspace.id) }));
    await addMember(workspace.id, 'agent');
    await addMember(workspace.id, 'admin');
    const existing = await createUser({ email: 'late@example.test' });
    const invite = await inviteMember({ ctx, email: existing.email, role: 'agent' });
    const fresh = await inviteMember({ ctx, email: 'fresh@example.test', role: 'agent' });
    await setWorkspacePlan(workspace.id, 'trial'); // 2 seats, 3 members
    await expect(acceptInvite({ token: tokenOf(invite.url), userId: existing.id })).rejects.toThrow(/no free seat.*Ask the workspace owner to upgrade/);
    await expect(signUpWithInvite({ token: tokenOf(fresh.url), name: 'Fresh', password: 'a calm green kettle 42' })).rejects.toMatchObject({ code: 'conflict' });
    expect(await db.user.count({ where: { email: 'fresh@example.test' } })).toBe(0);
    expect(await db.membership.count({ where: { workspaceId: workspace.id } })).toBe(3);
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).acceptedAt).toBeNull();
  });
});

describe('channels', () => {
  let seq = 0;
  const account = (n: number) => {
    const externalId = `9${Date.now()}${++seq}`;
    return { type: 'messenger' as const, externalId, name: `Page ${n}`, pageId: externalId, accessToken: `token-${n}` };
  };

  it('refuses a channel past the plan; reconnecting one that holds its place is fine; a disconnected one frees it', async () => {
    const { workspace, ctx } = await trialWorkspace(); // 3 channels
    for (const n of [1, 2, 3]) await upsertConnectedChannel({ ctx, account: account(n) });
    const fourth = account(4);
    await expect(upsertConnectedChannel({ ctx, account: fourth })).rejects.toThrow(/connects up to 3 channels and all are in use.*upgrade on the Billing page/);
    const channels = await db.channel.findMany({ where: { workspaceId: workspace.id }, orderBy: { createdAt: 'asc' } });
    expect(channels).toHaveLength(3);
    await db.channel.update({ where: { id: channels[0]!.id }, data: { status: 'token_expired' } });
    await expect(upsertConnectedChannel({ ctx, account: { ...account(1), externalId: channels[0]!.externalId } })).resolves.toMatchObject({ reconnected: true });
    await db.channel.update({ where: { id: channels[1]!.id }, data: { status: 'disconnected' } });
    await expect(upsertConnectedChannel({ ctx, account: fourth })).resolves.toMatchObject({ reconnected: false });
    // The disconnected one cannot come back while the plan is full.
    await expect(upsertConnectedChannel({ ctx, account: { ...account(2), externalId: channels[1]!.externalId } })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('the connect route stops before Meta’s dialog when the plan is full', async () => {
    const { assertCanStartChannelConnect } = await import('@/lib/billing/assert-channel-available');
    const { workspace } = await trialWorkspace();
    for (let i = 0; i < 3; i++) await createChannel(workspace.id, 'instagram');
    await expect(assertCanStartChannelConnect({ workspaceId: workspace.id })).rejects.toThrow(/up to 3 channels/);
    // The refusal travels to /channels as a code, and the page words it from plans.ts.
    const { connectErrorMessage, connectErrorQuery } = await import('@/lib/channels/connect-errors');
    const query = connectErrorQuery(await assertCanStartChannelConnect({ workspaceId: workspace.id }).then(() => { throw new Error('not refused'); }, (error: AppError) => error));
    expect(query).toEqual({ error: 'plan_channel_limit', plan: 'trial' });
    expect(connectErrorMessage(query)).toMatch(/The Free trial plan connects up to 3 channels.*upgrade on the Billing page/);
    const expired = await db.channel.findFirstOrThrow({ where: { workspaceId: workspace.id } });
    await db.channel.update({ where: { id: expired.id }, data: { status: 'token_expired' } });
    await expect(assertCanStartChannelConnect({ workspaceId: workspace.id })).resolves.toBeUndefined();
  });
});

describe('AI replies per month', () => {
  it('at the plan’s allowance auto-send falls back to drafts and the owners get one email', async () => {
    const { workspace, owner, ctx } = await trialWorkspace(); // 200 AI replies / month
    await saveAgentSettings({ ctx, settings: { ...defaultAgentSettings(), mode: 'auto', introMessage: '', discloseAi: false, faq: [{ question: 'What are your opening hours?', answer: 'We are open 9 to 5.' }] }, expectedVersion: 0, note: null });
    const channel = await createChannel(workspace.id, 'messenger');
    const { conversation } = await createConversation(channel, { lastInboundAt: new Date() });
    await db.conversation.update({ where: { id: conversation.id }, data: { handling: 'ai_auto' } });
    await db.message.create({ data: { workspaceId: workspace.id, channelId: channel.id, conversationId: conversation.id, direction: 'outbound', sender: 'operator', status: 'sent', kind: 'text', text: 'Hi', sentAt: new Date(Date.now() - 60_000), externalId: `m_${crypto.randomUUID()}` } });
    graph.respond(acceptMetaSends());

    // This month's earlier replies, on another conversation (so the per-conversation hourly guardrail stays out of it).
    const earlier = await createConversation(channel);
    await db.agentRun.createMany({ data: Array.from({ length: 199 }, (_, i) => ({ workspaceId: workspace.id, conversationId: earlier.conversation.id, kind: 'reply', mode: i % 2 ? 'auto' : 'draft', status: i % 2 ? ('sent' as const) : ('drafted' as const), provider: 'offline' })) });
    const below = await createInboundMessage({ channel, conversationId: conversation.id, text: 'What are your opening hours?', sentAt: new Date() });
    expect(await runAgentTurn({ workspaceId: workspace.id, messageId: below.id, attempt: 1, maxAttempts: 4, deps: agentRuntimeDeps, log: logger })).toMatchObject({ status: 'sent' });

    for (const text of ['What are your opening hours?', 'What are your opening hours on Monday?']) {
      const inbound = await createInboundMessage({ channel, conversationId: conversation.id, text, sentAt: new Date() });
      expect(await runAgentTurn({ workspaceId: workspace.id, messageId: inbound.id, attempt: 1, maxAttempts: 4, deps: agentRuntimeDeps, log: logger })).toMatchObject({ status: 'drafted' });
      expect(await db.agentRun.findFirstOrThrow({ where: { triggerMessageId: inbound.id } })).toMatchObject({ mode: 'draft', reason: 'plan_limit' });
    }
    const emails = await db.$queryRaw<{ props: { limitLabel: string } }[]>`select data->'props' as props from pgboss.job where name = 'send-email' and data->>'template' = 'ai-limit-reached' and data->>'to' = ${owner.email}`;
    expect(emails).toHaveLength(1);
    expect(emails[0]!.props.limitLabel).toBe('200 AI replies a month on the Free trial plan');
    const overview = await getBillingOverview({ ctx });
    expect(overview.usage.aiReplies).toBe(202);
  });
});

describe('history days', () => {
  it('hides conversations older than the plan’s history from the list, search, counts and thread — and shows them again after an upgrade', async () => {
    const { workspace, ctx } = await trialWorkspace(); // 30 days
    const channel = await createChannel(workspace.id, 'instagram');
    const recent = await createConversation(channel);
    const old = await createConversation(channel);
    await db.conversation.update({ where: { id: old.conversation.id }, data: { lastMessageAt: new Date(Date.now() - 45 * DAY) } });
    await createInboundMessage({ channel, conversationId: old.conversation.id, text: 'ancient parcel question', sentAt: new Date(Date.now() - 45 * DAY) });
    await db.conversation.update({ where: { id: old.conversation.id }, data: { lastMessageAt: new Date(Date.now() - 45 * DAY) } });

    const ids = async (q?: string) => (await listConversations({ ctx, filters: q ? { q } : {} })).conversations.map((c) => c.id);
    expect(await ids()).toEqual([recent.conversation.id]);
    expect(await ids('parcel')).toEqual([]);
    expect((await countConversationsByFilter({ ctx })).open).toBe(1);
    await expect(getConversationView({ ctx, id: old.conversation.id })).rejects.toMatchObject({ code: 'not_found', details: { code: 'history_hidden' } });
    await expect(listThreadMessages({ ctx, conversationId: old.conversation.id })).rejects.toThrow(/older than the 30 days of history the Free trial plan shows.*not deleted/);
    expect((await getBillingOverview({ ctx })).usage.hiddenConversations).toBe(1);

    await setWorkspacePlan(workspace.id, 'scale'); // all history
    expect((await ids()).sort()).toEqual([recent.conversation.id, old.conversation.id].sort());
    expect(await ids('parcel')).toEqual([old.conversation.id]);
    await expect(getConversationView({ ctx, id: old.conversation.id })).resolves.toMatchObject({ id: old.conversation.id });
  });
});

describe('read-only after an unpaid trial', () => {
  it('refuses every send with the reason, while inbound webhooks are still stored', async () => {
    const channels = await createFixtureChannels();
    const owner = await addMember(channels.workspaceA, 'owner');
    const ctx = await contextFor(owner.id, channels.workspaceA);
    const { conversation } = await createConversation(channels.messenger);
    const failed = await db.message.create({ data: { workspaceId: channels.workspaceA, channelId: channels.messenger.id, conversationId: conversation.id, direction: 'outbound', sender: 'operator', kind: 'text', status: 'failed', text: 'x', sentAt: new Date() } });
    await setWorkspacePlan(channels.workspaceA, 'trial', { trialEndsAt: new Date(Date.now() - 1000) });

    await expect(queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'hello' }, sender: 'operator' })).rejects.toMatchObject({
      code: 'conflict', message: expect.stringContaining('free trial has ended'), details: { code: 'billing_read_only' },
    });
    await expect(retryFailedMessage({ ctx, messageId: failed.id })).rejects.toMatchObject({ details: { code: 'billing_read_only' } });
    expect((await getComposerState({ ctx, conversationId: conversation.id })).blockedReason).toMatch(/Incoming messages are still saved/);
    expect(await db.message.count({ where: { conversationId: conversation.id, status: 'queued' } })).toBe(0);

    const body = JSON.stringify({ object: 'page', entry: [{ id: fixtureIds.page, time: Date.now(), messaging: [{ sender: { id: '7000000000000001' }, recipient: { id: fixtureIds.page }, timestamp: Date.now(), message: { mid: 'm_readonly_1', text: 'Are you there?' } }] }] });
    expect((await postMetaWebhook(webhookRequest(body, sign(body)))).status).toBe(200);
    const event = await db.webhookEvent.findFirstOrThrow({ where: { workspaceId: channels.workspaceA }, orderBy: { createdAt: 'desc' } });
    await processWebhookEvent({ eventId: event.id, attempt: 1, maxAttempts: 6, log: logger });
    expect(await db.message.findFirst({ where: { externalId: 'm_readonly_1' }, select: { text: true, direction: true } })).toEqual({ text: 'Are you there?', direction: 'inbound' });

    // The agent does not even compose while sending is paused.
    const inbound = await db.message.findFirstOrThrow({ where: { externalId: 'm_readonly_1' } });
    expect(await runAgentTurn({ workspaceId: channels.workspaceA, messageId: inbound.id, attempt: 1, maxAttempts: 4, deps: agentRuntimeDeps, log: logger })).toMatchObject({ status: 'skipped', reason: 'sending_paused' });

    // Paying lifts it at once.
    await setWorkspacePlan(channels.workspaceA, 'starter');
    graph.respond(acceptMetaSends());
    await expect(queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'hello' }, sender: 'operator' })).resolves.toMatchObject({ status: 'queued' });
  });
});
