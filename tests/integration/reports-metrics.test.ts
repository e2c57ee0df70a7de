// Every /reports metric against a small fixture whose answers were computed by hand (in the
// comments), including day boundaries in a non-UTC zone across a DST change, the channel
// filter, an empty range and another workspace's rows that must never count.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getReport } from '@/lib/reports/get-report';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { createChannel } from '../channel-factories';
import { addMember, contextFor, setWorkspacePlan, twoWorkspaceContexts } from '../factories';
import { historyVisibleSince } from '@/lib/billing/history-visibility';
import { reportTables } from '@/lib/reports/report-tables';

type Channel = { id: string; workspaceId: string };
const t = (iso: string) => new Date(iso);

let ctx: WorkspaceContext;
let agentCtx: WorkspaceContext;
let ownerId: string;
let adaId: string;
let ig: Channel;
let wa: Channel;

async function conversation(channel: Channel, o: {
  createdAt: string; firstResponseAt?: string; responder?: string | null; sender?: 'ai' | 'operator'; closedAt?: string; closedById?: string | null; human?: boolean; assigneeId?: string | null;
}) {
  const contact = await db.contact.create({ data: { workspaceId: channel.workspaceId, channelId: channel.id, externalId: randomBytes(6).toString('hex') } });
  const c = await db.conversation.create({
    data: {
      workspaceId: channel.workspaceId, channelId: channel.id, contactId: contact.id, createdAt: t(o.createdAt), firstInboundAt: t(o.createdAt), lastInboundAt: t(o.createdAt),
      firstResponseAt: o.firstResponseAt ? t(o.firstResponseAt) : null, firstResponderId: o.responder ?? null, firstResponseSender: o.firstResponseAt ? (o.sender ?? 'ai') : null,
      status: o.closedAt ? 'closed' : 'open', closedAt: o.closedAt ? t(o.closedAt) : null, closedById: o.closedById ?? null, humanInvolved: o.human ?? false, assigneeId: o.assigneeId ?? null,
    },
  });
  await db.message.create({ data: { workspaceId: channel.workspaceId, channelId: channel.id, conversationId: c.id, direction: 'inbound', sender: 'customer', status: 'received', kind: 'text', externalId: `m_${randomBytes(6).toString('hex')}`, text: 'hi', sentAt: t(o.createdAt) } });
  return c.id;
}

const operatorMessage = (channel: Channel, conversationId: string, authorUserId: string, sentAt: string) =>
  db.message.create({ data: { workspaceId: channel.workspaceId, channelId: channel.id, conversationId, direction: 'outbound', sender: 'operator', status: 'sent', kind: 'text', authorUserId, text: 'reply', sentAt: t(sentAt) } });

const run = (workspaceId: string, conversationId: string, status: 'sent' | 'drafted' | 'handed_off' | 'skipped', createdAt: string, handoffRule?: string) =>
  db.agentRun.create({ data: { workspaceId, conversationId, kind: 'reply', mode: 'auto', status, provider: 'test', handoffRule: handoffRule ?? null, createdAt: t(createdAt), triggerMessageId: null } });

const draft = (workspaceId: string, conversationId: string, status: 'pending' | 'approved' | 'discarded' | 'superseded', createdAt: string, edited = false) =>
  db.replyDraft.create({ data: { workspaceId, conversationId, text: 'draft', status, edited, createdAt: t(createdAt) } });

beforeAll(async () => {
  const two = await twoWorkspaceContexts();
  ctx = two.ctx;
  ownerId = ctx.user.id;
  await db.user.update({ where: { id: ownerId }, data: { name: 'Olive Owner' } });
  const ada = await addMember(ctx.workspace.id, 'agent');
  adaId = ada.id;
  await db.user.update({ where: { id: adaId }, data: { name: 'Ada Agent' } });
  agentCtx = await contextFor(adaId, ctx.workspace.id);
  ig = await createChannel(ctx.workspace.id, 'instagram');
  wa = await createChannel(ctx.workspace.id, 'whatsapp');

  // c1: IG, answered by the AI after 60 s, closed by the AI flow after 1800 s, no human.
  const c1 = await conversation(ig, { createdAt: '2026-11-01T10:00:00Z', firstResponseAt: '2026-11-01T10:01:00Z', closedAt: '2026-11-01T10:30:00Z' });
  // c2: IG, Olive answered after 300 s, closed a day later (86400 s).
  const c2 = await conversation(ig, { createdAt: '2026-11-01T12:00:00Z', firstResponseAt: '2026-11-01T12:05:00Z', responder: ownerId, sender: 'operator', closedAt: '2026-11-02T12:00:00Z', closedById: ownerId, human: true, assigneeId: ownerId });
  // c3: WhatsApp, 03:30 UTC on Nov 2 = 22:30 on Nov 1 in New York; Ada answered after 600 s.
  const c3 = await conversation(wa, { createdAt: '2026-11-02T03:30:00Z', firstResponseAt: '2026-11-02T03:40:00Z', responder: adaId, sender: 'operator', human: true, assigneeId: adaId });
  // c4: WhatsApp, last minute of the range, never answered.
  const c4 = await conversation(wa, { createdAt: '2026-11-03T23:59:00Z' });
  // c5: started before the range, closed inside it by Ada: resolution 7200 s.
  await conversation(ig, { createdAt: '2026-10-31T23:00:00Z', closedAt: '2026-11-01T01:00:00Z', closedById: adaId, human: true });
  // c7: midnight after the range in UTC (excluded), 19:00 on Nov 3 in New York (included).
  await conversation(ig, { createdAt: '2026-11-04T00:00:00Z' });
  // A business-initiated conversation: replied "before" the customer wrote — never timed.
  await conversation(ig, { createdAt: '2026-11-02T09:00:00Z', firstResponseAt: '2026-11-02T08:00:00Z' });

  await operatorMessage(ig, c2, ownerId, '2026-11-01T12:05:00Z');
  await operatorMessage(ig, c2, ownerId, '2026-11-01T12:20:00Z');
  await operatorMessage(wa, c3, adaId, '2026-11-02T03:40:00Z');

  const ws = ctx.workspace.id;
  await run(ws, c1, 'sent', '2026-11-01T10:01:00Z');
  await run(ws, c2, 'handed_off', '2026-11-01T12:01:00Z', 'asked_for_human');
  await run(ws, c3, 'drafted', '2026-11-02T03:31:00Z');
  await run(ws, c3, 'handed_off', '2026-11-02T03:35:00Z', 'keyword');
  await run(ws, c3, 'handed_off', '2026-11-02T03:36:00Z', 'keyword');
  await run(ws, c4, 'skipped', '2026-11-03T23:59:30Z');

  await draft(ws, c1, 'approved', '2026-11-01T10:00:30Z');
  await draft(ws, c1, 'approved', '2026-11-01T10:10:00Z', true);
  await draft(ws, c3, 'discarded', '2026-11-02T03:31:00Z');
  await draft(ws, c3, 'superseded', '2026-11-02T03:32:00Z');
  await draft(ws, c4, 'pending', '2026-11-03T23:59:10Z');

  // Workspace B: the same kinds of rows in the same range; none may show up in A's report.
  const otherIg = await createChannel(two.otherCtx.workspace.id, 'instagram');
  const o1 = await conversation(otherIg, { createdAt: '2026-11-01T10:00:00Z', firstResponseAt: '2026-11-01T10:00:01Z', closedAt: '2026-11-01T10:00:02Z' });
  await run(two.otherCtx.workspace.id, o1, 'handed_off', '2026-11-01T10:00:00Z', 'other_ws');
  await draft(two.otherCtx.workspace.id, o1, 'discarded', '2026-11-01T10:00:00Z');
  await db.csatSurvey.create({ data: { workspaceId: two.otherCtx.workspace.id, conversationId: o1, channelId: otherIg.id, contactId: (await db.conversation.findUniqueOrThrow({ where: { id: o1 } })).contactId, sentAt: t('2026-11-01T11:00:00Z'), rating: 1 } });
  // CSAT in A: ratings 5, 4 and 2, and one unanswered.
  for (const [conversationId, rating, sentAt] of [[c1, 5, '2026-11-01T10:31:00Z'], [c2, 4, '2026-11-02T12:01:00Z'], [c3, 2, '2026-11-02T04:00:00Z'], [c4, null, '2026-11-03T23:59:50Z']] as const) {
    const row = await db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    await db.csatSurvey.create({ data: { workspaceId: ws, conversationId, channelId: row.channelId, contactId: row.contactId, sentAt: t(sentAt), rating } });
  }
});

const utc = { from: '2026-11-01', to: '2026-11-03', tz: 'UTC' };

describe('getReport', () => {
  it('counts conversations per day and channel, in UTC', async () => {
    const report = await getReport({ ctx, filters: utc });
    expect(report.range).toEqual({ from: '2026-11-01', to: '2026-11-03', timeZone: 'UTC', channel: null });
    expect(report.conversations.volume).toEqual([
      { day: '2026-11-01', channel: 'instagram', count: 2 },
      { day: '2026-11-02', channel: 'instagram', count: 1 },
      { day: '2026-11-02', channel: 'whatsapp', count: 1 },
      { day: '2026-11-03', channel: 'whatsapp', count: 1 },
    ]);
  });

  it('puts conversations on the local day of the chosen zone (New York, across the end of DST)', async () => {
    const report = await getReport({ ctx, filters: { ...utc, tz: 'America/New_York' } });
    expect(report.conversations.volume).toEqual([
      { day: '2026-11-01', channel: 'instagram', count: 2 },
      { day: '2026-11-01', channel: 'whatsapp', count: 1 },
      { day: '2026-11-02', channel: 'instagram', count: 1 },
      { day: '2026-11-03', channel: 'instagram', count: 1 },
      { day: '2026-11-03', channel: 'whatsapp', count: 1 },
    ]);
  });

  it('computes first response and resolution medians and p90 (percentile_cont, hand-computed)', async () => {
    const { conversations } = await getReport({ ctx, filters: utc });
    // Started in range: c1, c2, c3, c4 and the business-initiated one = 5; timed: 60, 300, 600.
    // p90 = 300 + 0.8 × (600 − 300) = 540.
    expect(conversations.firstResponse).toEqual({ started: 5, count: 3, medianSeconds: 300, p90Seconds: 540 });
    // Closed in range: c1 1800, c5 7200, c2 86400 → median 7200, p90 = 7200 + 0.8 × 79200 = 70560. Only c1 had no human.
    expect(conversations.resolution).toEqual({ count: 3, aiResolved: 1, medianSeconds: 7200, p90Seconds: 70560 });
  });

  it('reports handoffs by reason (a conversation once per reason) and draft outcomes', async () => {
    const { agent } = await getReport({ ctx, filters: utc });
    expect(agent.handoffs).toEqual({ aiConversations: 3, handedOff: 2, reasons: [{ reason: 'asked_for_human', count: 1 }, { reason: 'keyword', count: 1 }] });
    expect(agent.drafts).toEqual({ approved: 1, edited: 1, discarded: 1, superseded: 1, pending: 1 });
  });

  it('reports each member: assigned, replies, first responses with their median, closed', async () => {
    const { members } = await getReport({ ctx: agentCtx, filters: utc });
    expect(members).toEqual([
      { userId: ownerId, name: 'Olive Owner', assigned: 1, replies: 2, firstResponses: 1, medianFirstResponseSeconds: 300, closed: 1 },
      { userId: adaId, name: 'Ada Agent', assigned: 1, replies: 1, firstResponses: 1, medianFirstResponseSeconds: 600, closed: 1 },
    ]);
  });

  it('counts customer messages by local weekday and hour', async () => {
    const byCell = (cells: { weekday: number; hour: number; count: number }[]) => Object.fromEntries(cells.map((c) => [`${c.weekday}@${c.hour}`, c.count]));
    // Nov 1 2026 is a Sunday (ISO 7).
    expect(byCell((await getReport({ ctx, filters: utc })).heatmap)).toEqual({ '7@10': 1, '7@12': 1, '1@3': 1, '1@9': 1, '2@23': 1 });
    // New York: 10:00Z → 05:00 EST, 12:00Z → 07:00, Mon 03:30Z → Sun 22:30, 09:00Z → 04:00, Tue 23:59Z → 18:59, Wed 00:00Z → Tue 19:00.
    expect(byCell((await getReport({ ctx, filters: { ...utc, tz: 'America/New_York' } })).heatmap)).toEqual({ '7@5': 1, '7@7': 1, '7@22': 1, '1@4': 1, '2@18': 1, '2@19': 1 });
  });

  it('reports CSAT: sent, answered, average, share of 4–5 and the distribution', async () => {
    const { csat } = await getReport({ ctx, filters: utc });
    expect(csat.sent).toBe(4);
    expect(csat.answered).toBe(3);
    expect(csat.average).toBeCloseTo(11 / 3, 10);
    expect(csat.scorePercent).toBeCloseTo(200 / 3, 10);
    expect(csat.distribution).toEqual([{ rating: 1, count: 0 }, { rating: 2, count: 1 }, { rating: 3, count: 0 }, { rating: 4, count: 1 }, { rating: 5, count: 1 }]);
  });

  it('filters every metric by channel', async () => {
    const report = await getReport({ ctx, filters: { ...utc, channel: 'whatsapp' } });
    expect(report.range.channel).toBe('whatsapp');
    expect(report.conversations.volume).toEqual([{ day: '2026-11-02', channel: 'whatsapp', count: 1 }, { day: '2026-11-03', channel: 'whatsapp', count: 1 }]);
    expect(report.conversations.firstResponse).toEqual({ started: 2, count: 1, medianSeconds: 600, p90Seconds: 600 });
    expect(report.conversations.resolution).toEqual({ count: 0, aiResolved: 0, medianSeconds: null, p90Seconds: null });
    expect(report.agent.handoffs).toEqual({ aiConversations: 1, handedOff: 1, reasons: [{ reason: 'keyword', count: 1 }] });
    expect(report.agent.drafts).toEqual({ approved: 0, edited: 0, discarded: 1, superseded: 1, pending: 1 });
    expect(report.members.find((m) => m.userId === ownerId)).toMatchObject({ assigned: 0, replies: 0, closed: 0 });
    expect(report.members.find((m) => m.userId === adaId)).toMatchObject({ assigned: 1, replies: 1, closed: 0 });
    expect(report.csat).toMatchObject({ sent: 2, answered: 1 });
  });

  it('counts conversations the plan hides from the inbox, but only as aggregates (no ids, names or texts)', async () => {
    // Decision (docs/architecture.md "Reports"): the plan's visible history hides conversations'
    // content; reports never show content, so they count hidden conversations like the Billing
    // page's "hidden older conversations" count does — the team's figures do not change with the plan.
    const scale = await getReport({ ctx, filters: utc });
    await setWorkspacePlan(ctx.workspace.id, 'trial');
    try {
      const cutoff = await historyVisibleSince({ workspaceId: ctx.workspace.id });
      expect(cutoff!.getTime()).toBeGreaterThan(t('2026-11-04T00:00:00Z').getTime()); // every fixture conversation is hidden
      const trial = await getReport({ ctx, filters: utc });
      expect(trial.conversations).toEqual(scale.conversations);
      expect(trial.csat).toEqual(scale.csat);
      const rows = await db.conversation.findMany({ where: { workspaceId: ctx.workspace.id }, select: { id: true, contactId: true, contact: { select: { externalId: true } } } });
      const shown = JSON.stringify({ trial, tables: reportTables(trial) });
      for (const r of rows) for (const secret of [r.id, r.contactId, r.contact.externalId]) expect(shown).not.toContain(secret);
    } finally {
      await setWorkspacePlan(ctx.workspace.id, 'scale');
    }
  });

  it('answers an empty range with zeros and nulls, not errors', async () => {
    const report = await getReport({ ctx, filters: { from: '2025-01-01', to: '2025-01-02', tz: 'UTC' } });
    expect(report.conversations).toEqual({
      volume: [], firstResponse: { started: 0, count: 0, medianSeconds: null, p90Seconds: null }, resolution: { count: 0, aiResolved: 0, medianSeconds: null, p90Seconds: null },
    });
    expect(report.agent).toEqual({ handoffs: { aiConversations: 0, handedOff: 0, reasons: [] }, drafts: { approved: 0, edited: 0, discarded: 0, superseded: 0, pending: 0 } });
    expect(report.heatmap).toEqual([]);
    expect(report.csat).toEqual({ sent: 0, answered: 0, average: null, scorePercent: null, distribution: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: 0 })) });
    expect(report.members.every((m) => m.assigned === 0 && m.replies === 0 && m.closed === 0 && m.medianFirstResponseSeconds === null)).toBe(true);
  });
});
