// Automation rules on the real database: every trigger, condition and action, run order,
// idempotency per event, loop prevention, round-robin fairness and caps, "no reply for N minutes"
// through the scheduled scan, the away message, dry-runs without side effects, and isolation.
import { randomBytes } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { saveAgentSettings } from '@/lib/agent/agent-settings';
import { defaultAgentSettings } from '@/lib/agent/agent-settings.schema';
import type { AutomationEvent } from '@/lib/automations/automation-event.schema';
import type { AutomationRuleInput } from '@/lib/automations/automation-rule.schema';
import { saveAwayMessage } from '@/lib/automations/away-message-settings';
import { dryRunAutomationRule } from '@/lib/automations/dry-run-automation-rule';
import { listAutomationRuns } from '@/lib/automations/list-automation-rules';
import { deleteAutomationRule, moveAutomationRule, setAutomationRuleEnabled } from '@/lib/automations/manage-automation-rule';
import { queueInboundAutomationEvents } from '@/lib/automations/queue-inbound-automation-events';
import { runAutomationsForEvent } from '@/lib/automations/run-automations-for-event';
import { saveAutomationRule } from '@/lib/automations/save-automation-rule';
import { scanNoReply } from '@/lib/automations/scan-no-reply';
import { db } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { applyConversationLabel } from '@/lib/inbox/labels/apply-conversation-label';
import { setConversationStatus } from '@/lib/inbox/set-conversation-status';
import { storeNormalisedEvent } from '@/lib/inbox/store-normalised-event';
import { takeOverConversation } from '@/lib/inbox/take-over-conversation';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { createChannel, createConversation, createInboundMessage } from '../channel-factories';
import { addMember, contextFor, twoWorkspaceContexts } from '../factories';

let ctx: WorkspaceContext;
let otherCtx: WorkspaceContext;
let agentCtx: WorkspaceContext;
let ig: { id: string; workspaceId: string };
let wa: { id: string; workspaceId: string };
let members: { id: string; name: string }[];
let labels: Record<'vip' | 'refund' | 'other', string>;
let cannedId: string;
let otherLabelId: string;

type Job = { id: string; data: AutomationEvent };
const queued = () => db.$queryRaw<Job[]>`select id::text, data from pgboss.job where name = 'run-automations' and state = 'created' order by created_on, id`;
/** Plays the worker: runs every queued run-automations job (and the ones they queue) until none is left. */
async function drain(limit = 30): Promise<number> {
  let ran = 0;
  for (;;) {
    const jobs = await queued();
    if (!jobs.length) return ran;
    for (const job of jobs) {
      await db.$executeRaw`delete from pgboss.job where id = ${job.id}::uuid`;
      await runAutomationsForEvent(job.data);
      if (++ran > limit) throw new Error('automation events never stopped');
    }
  }
}

async function rule(input: Partial<AutomationRuleInput> & Pick<AutomationRuleInput, 'trigger' | 'actions'>, as: WorkspaceContext = ctx) {
  const { id } = await saveAutomationRule({ ctx: as, rule: { name: `Rule ${randomBytes(3).toString('hex')}`, conditions: [], ...input } });
  return id;
}

async function conversationWith(text: string, channel = ig) {
  const { conversation, contact } = await createConversation(channel);
  const message = await createInboundMessage({ channel, conversationId: conversation.id, text });
  return { conversation, contact, message };
}

const event = (trigger: AutomationEvent['trigger'], conversationId: string, extra: Partial<AutomationEvent> = {}): AutomationEvent => ({
  workspaceId: ctx.workspace.id, trigger, conversationId, eventKey: `${trigger}:${conversationId}:${randomBytes(4).toString('hex')}`, ...extra,
});
const get = (id: string) => db.conversation.findUniqueOrThrow({ where: { id }, include: { labels: true } });
const runsOf = (ruleId: string) => db.automationRun.findMany({ where: { ruleId }, orderBy: { createdAt: 'asc' } });

beforeAll(async () => {
  ({ ctx, otherCtx } = await twoWorkspaceContexts());
  const ws = ctx.workspace.id;
  const sam = await addMember(ws, 'agent');
  const kim = await addMember(ws, 'agent');
  const lou = await addMember(ws, 'admin');
  agentCtx = await contextFor(sam.id, ws);
  members = [sam, kim, lou].map((u) => ({ id: u.id, name: u.name }));
  ig = await createChannel(ws, 'instagram');
  wa = await createChannel(ws, 'whatsapp');
  const mk = async (name: string) => (await db.label.create({ data: { workspaceId: ws, name, color: '#2563eb' } })).id;
  labels = { vip: await mk('VIP'), refund: await mk('Refund'), other: await mk('Other') };
  cannedId = (await db.cannedResponse.create({ data: { workspaceId: ws, shortcut: 'thanks', body: 'Thanks, we are on it!' } })).id;
  otherLabelId = (await db.label.create({ data: { workspaceId: otherCtx.workspace.id, name: 'B only', color: '#dc2626' } })).id;
});

beforeEach(async () => {
  // Each test starts with no rules and an empty queue, so rules of one test never fire in another.
  await db.automationRule.deleteMany({ where: { workspaceId: ctx.workspace.id } });
  await db.$executeRaw`delete from pgboss.job where name = 'run-automations'`;
  await db.session.deleteMany({ where: { userId: { in: members.map((m) => m.id) } } });
});

describe('triggers', () => {
  it('a customer message queues events (never runs rules inline) and the job assigns "refund" Instagram messages', async () => {
    const ruleId = await rule({
      trigger: 'message_received',
      conditions: [{ type: 'channel', channelTypes: ['instagram'] }, { type: 'text_contains', value: 'refund' }],
      actions: [{ type: 'assign_member', userId: members[0]!.id }],
    });
    const externalId = randomBytes(8).toString('hex');
    const stored = await storeNormalisedEvent({
      workspaceId: ig.workspaceId, channelId: ig.id,
      event: { messages: [{ direction: 'inbound', sender: 'customer', kind: 'text', externalId: `m_${externalId}`, contactExternalId: externalId, text: 'I want a REFUND please', sentAt: new Date() }], statuses: [], deletions: [], skipped: [] } as never,
    });
    expect(stored.createdConversationIds).toHaveLength(1);
    await queueInboundAutomationEvents({ workspaceId: ig.workspaceId, createdConversationIds: stored.createdConversationIds, messageIds: stored.messageIds });
    const [conversationId] = stored.createdConversationIds;
    // Queued, not done: the webhook worker never waits for rules.
    expect((await get(conversationId!)).assigneeId).toBeNull();
    const jobs = await queued();
    expect(jobs.map((j) => j.data.trigger)).toEqual(['message_received']); // no conversation_created rule → not queued
    await drain();
    expect((await get(conversationId!)).assigneeId).toBe(members[0]!.id);
    const [run] = await runsOf(ruleId);
    expect(run).toMatchObject({ status: 'succeeded', conversationId, trigger: 'message_received', depth: 0 });
    expect(run!.outcome).toEqual([{ type: 'assign_member', ok: true, detail: `Assigned to ${members[0]!.name}.` }]);
  });

  it('conversation_created fires once per new conversation', async () => {
    const ruleId = await rule({ trigger: 'conversation_created', actions: [{ type: 'add_label', labelId: labels.vip }] });
    const externalId = randomBytes(8).toString('hex');
    const unit = (n: number) => ({ messages: [{ direction: 'inbound', sender: 'customer', kind: 'text', externalId: `m_${externalId}_${n}`, contactExternalId: externalId, text: 'hi', sentAt: new Date() }], statuses: [], deletions: [], skipped: [] }) as never;
    const first = await storeNormalisedEvent({ workspaceId: ig.workspaceId, channelId: ig.id, event: unit(1) });
    const second = await storeNormalisedEvent({ workspaceId: ig.workspaceId, channelId: ig.id, event: unit(2) });
    expect(second.createdConversationIds).toEqual([]);
    for (const s of [first, second]) await queueInboundAutomationEvents({ workspaceId: ig.workspaceId, createdConversationIds: s.createdConversationIds, messageIds: s.messageIds });
    await drain();
    expect(await runsOf(ruleId)).toHaveLength(1);
    expect((await get(first.createdConversationIds[0]!)).labels.map((l) => l.labelId)).toEqual([labels.vip]);
  });

  it('conversation_closed, label_added and handed_to_human are queued by the people-facing actions', async () => {
    const closed = await rule({ trigger: 'conversation_closed', actions: [{ type: 'add_note', body: 'closed!' }] });
    const labelled = await rule({ trigger: 'label_added', triggerConfig: { labelId: labels.refund }, actions: [{ type: 'assign_member', userId: members[1]!.id }] });
    const handed = await rule({ trigger: 'handed_to_human', actions: [{ type: 'add_label', labelId: labels.other }] });
    const { conversation } = await conversationWith('hello');
    await applyConversationLabel({ ctx, conversationId: conversation.id, labelId: labels.vip, applied: true }); // not the configured label
    await applyConversationLabel({ ctx, conversationId: conversation.id, labelId: labels.refund, applied: true });
    await takeOverConversation({ ctx, conversationId: conversation.id });
    await setConversationStatus({ ctx, conversationId: conversation.id, status: 'closed' });
    await drain();
    expect(await runsOf(labelled)).toHaveLength(1);
    expect(await runsOf(handed)).toHaveLength(1);
    expect(await runsOf(closed)).toHaveLength(1);
    const row = await get(conversation.id);
    expect(row.assigneeId).toBe(members[1]!.id);
    expect(row.labels.map((l) => l.labelId).sort()).toEqual([labels.vip, labels.refund, labels.other].sort());
    expect((await db.conversationNote.findFirstOrThrow({ where: { conversationId: conversation.id } })).body).toMatch(/closed!$/);
  });

  it('no reply for N minutes: the scheduled scan queues one event per unanswered burst, never for answered ones', async () => {
    const ruleId = await rule({ trigger: 'no_reply', triggerConfig: { minutes: 10 }, actions: [{ type: 'add_label', labelId: labels.vip }] });
    await db.automationRule.update({ where: { id: ruleId }, data: { createdAt: new Date(Date.now() - 3600_000) } });
    const waiting = await conversationWith('anyone?');
    const answered = await conversationWith('hello?');
    const fresh = await conversationWith('just now');
    const twelveMinAgo = new Date(Date.now() - 12 * 60_000);
    await db.conversation.updateMany({ where: { id: { in: [waiting.conversation.id, answered.conversation.id] } }, data: { lastInboundAt: twelveMinAgo } });
    await db.message.create({ data: { workspaceId: ig.workspaceId, channelId: ig.id, conversationId: answered.conversation.id, direction: 'outbound', sender: 'operator', kind: 'text', status: 'sent', text: 'yes', sentAt: new Date(Date.now() - 5 * 60_000) } });
    expect(await scanNoReply()).toEqual({ queued: 1 });
    await drain();
    expect(await scanNoReply()).toEqual({ queued: 0 }); // already fired for this burst
    const runs = await runsOf(ruleId);
    expect(runs.map((r) => r.conversationId)).toEqual([waiting.conversation.id]);
    expect((await get(waiting.conversation.id)).labels).toHaveLength(1);
    expect((await get(fresh.conversation.id)).labels).toHaveLength(0);
  });
});

describe('run semantics', () => {
  it('is idempotent per event: the same event twice runs each rule once', async () => {
    const ruleId = await rule({ trigger: 'message_received', actions: [{ type: 'add_note', body: 'once' }, { type: 'send_canned', cannedResponseId: cannedId }] });
    const { conversation, message } = await conversationWith('hi');
    const e = event('message_received', conversation.id, { messageId: message.id, eventKey: `message_received:${message.id}` });
    const [a, b] = await Promise.all([runAutomationsForEvent(e), runAutomationsForEvent(e)]);
    expect([...a.fired, ...b.fired]).toEqual([ruleId]);
    expect(await runAutomationsForEvent(e)).toMatchObject({ fired: [], skippedDuplicate: [ruleId] });
    expect(await runsOf(ruleId)).toHaveLength(1);
    expect(await db.conversationNote.count({ where: { conversationId: conversation.id } })).toBe(1);
    expect(await db.message.count({ where: { conversationId: conversation.id, direction: 'outbound' } })).toBe(1);
  });

  it('cannot loop: a rule never re-fires on its own changes, and a ping-pong pair stops', async () => {
    // A: on any label → remove and re-add VIP (its own label_added must not fire it again).
    const a = await rule({ trigger: 'label_added', actions: [{ type: 'remove_label', labelId: labels.vip }, { type: 'add_label', labelId: labels.vip }, { type: 'add_label', labelId: labels.refund }] });
    // B: when Refund is added → remove Other and add Other (fires A again? A is in the chain → no).
    const b = await rule({ trigger: 'label_added', triggerConfig: { labelId: labels.refund }, actions: [{ type: 'remove_label', labelId: labels.other }, { type: 'add_label', labelId: labels.other }] });
    const { conversation } = await conversationWith('hi');
    await applyConversationLabel({ ctx, conversationId: conversation.id, labelId: labels.other, applied: true });
    const ran = await drain();
    expect(ran).toBeLessThan(10);
    expect(await runsOf(a)).toHaveLength(1);
    expect(await runsOf(b)).toHaveLength(1);
    const runB = (await runsOf(b))[0]!;
    expect(runB.depth).toBe(1);
  });

  it('runs rules in order; a later rule sees an earlier rule\'s changes; reordering changes the outcome', async () => {
    const first = await rule({ trigger: 'message_received', actions: [{ type: 'assign_member', userId: members[0]!.id }] });
    const second = await rule({ trigger: 'message_received', conditions: [{ type: 'assignee', is: 'member', userId: members[0]!.id }], actions: [{ type: 'assign_member', userId: members[1]!.id }] });
    const one = await conversationWith('x');
    await runAutomationsForEvent(event('message_received', one.conversation.id));
    expect((await get(one.conversation.id)).assigneeId).toBe(members[1]!.id);

    await moveAutomationRule({ ctx, id: second, direction: 'up' });
    const two = await conversationWith('y');
    const summary = await runAutomationsForEvent(event('message_received', two.conversation.id));
    expect(summary.fired).toEqual([first]); // second ran first and its condition did not hold yet
    expect((await get(two.conversation.id)).assigneeId).toBe(members[0]!.id);
  });

  it('disabled and deleted rules do not run', async () => {
    const id = await rule({ trigger: 'message_received', actions: [{ type: 'add_note', body: 'x' }] });
    await setAutomationRuleEnabled({ ctx, id, enabled: false });
    const c = await conversationWith('x');
    expect((await runAutomationsForEvent(event('message_received', c.conversation.id))).fired).toEqual([]);
    await deleteAutomationRule({ ctx, id });
    expect(await db.automationRule.count({ where: { id } })).toBe(0);
  });
});

describe('conditions', () => {
  async function fires(conditions: AutomationRuleInput['conditions'], text = 'Where is my refund?', channel = ig, now?: Date) {
    await db.automationRule.deleteMany({ where: { workspaceId: ctx.workspace.id } });
    await rule({ trigger: 'message_received', conditions, actions: [{ type: 'add_note', body: 'hit' }] });
    const c = await conversationWith(text, channel);
    await db.conversationLabel.create({ data: { workspaceId: ctx.workspace.id, conversationId: c.conversation.id, labelId: labels.vip } });
    const summary = await runAutomationsForEvent(event('message_received', c.conversation.id, { messageId: c.message.id }), { now });
    return summary.fired.length === 1;
  }

  it('channel, text contains, text matches, label, assignee, business hours', async () => {
    expect(await fires([{ type: 'channel', channelTypes: ['instagram'] }])).toBe(true);
    expect(await fires([{ type: 'channel', channelTypes: ['whatsapp'] }])).toBe(false);
    expect(await fires([{ type: 'text_contains', value: 'REFUND' }])).toBe(true);
    expect(await fires([{ type: 'text_contains', value: 'invoice' }])).toBe(false);
    expect(await fires([{ type: 'text_matches', pattern: '\\brefund\\b' }])).toBe(true);
    expect(await fires([{ type: 'text_matches', pattern: '^order #\\d{4}$' }])).toBe(false);
    expect(await fires([{ type: 'label', labelId: labels.vip, has: true }])).toBe(true);
    expect(await fires([{ type: 'label', labelId: labels.vip, has: false }])).toBe(false);
    expect(await fires([{ type: 'assignee', is: 'unassigned' }])).toBe(true);
    expect(await fires([{ type: 'assignee', is: 'assigned' }])).toBe(false);
    // Business hours are the agent settings' hours: Mon–Fri 09–17 in Europe/Berlin here.
    const settings = defaultAgentSettings();
    settings.businessHours.timeZone = 'Europe/Berlin';
    const current = await db.agentSettingsVersion.count({ where: { workspaceId: ctx.workspace.id } });
    await saveAgentSettings({ ctx, settings, expectedVersion: current });
    const wednesdayNoonBerlin = new Date('2026-12-02T11:00:00Z');
    const wednesdayNightBerlin = new Date('2026-12-02T20:00:00Z');
    expect(await fires([{ type: 'business_hours', within: true }], 'x', ig, wednesdayNoonBerlin)).toBe(true);
    expect(await fires([{ type: 'business_hours', within: true }], 'x', ig, wednesdayNightBerlin)).toBe(false);
    expect(await fires([{ type: 'business_hours', within: false }], 'x', ig, wednesdayNightBerlin)).toBe(true);
  });

  it('refuses catastrophic regular expressions when saving', async () => {
    for (const pattern of ['(a+)+$', '(x|xx)*y', '(?=a)b', '(a)\\1', 'x'.repeat(201)]) {
      await expect(rule({ trigger: 'message_received', conditions: [{ type: 'text_matches', pattern }], actions: [{ type: 'add_note', body: 'x' }] })).rejects.toMatchObject({
        code: 'bad_request', details: { fieldErrors: { 'conditions.0.pattern': [expect.any(String)] } },
      });
    }
  });
});

describe('actions', () => {
  it('assign, labels, status, snooze, handoff human and AI, canned reply, note', async () => {
    const c = await conversationWith('hi');
    const id = await rule({
      trigger: 'message_received',
      actions: [
        { type: 'assign_member', userId: members[2]!.id },
        { type: 'add_label', labelId: labels.refund },
        { type: 'remove_label', labelId: labels.refund },
        { type: 'add_label', labelId: labels.vip },
        { type: 'set_status', status: 'pending' },
        { type: 'handoff', to: 'human' },
        { type: 'send_canned', cannedResponseId: cannedId },
        { type: 'add_note', body: 'Routed to Lou' },
        { type: 'snooze', minutes: 30 },
      ],
    });
    await runAutomationsForEvent(event('message_received', c.conversation.id));
    const row = await get(c.conversation.id);
    expect(row).toMatchObject({ assigneeId: members[2]!.id, status: 'snoozed', handling: 'human', needsHuman: true });
    expect(row.snoozedUntil!.getTime()).toBeGreaterThan(Date.now() + 29 * 60_000);
    expect(row.labels.map((l) => l.labelId)).toEqual([labels.vip]);
    expect(await db.message.findFirst({ where: { conversationId: c.conversation.id, direction: 'outbound' }, select: { text: true, status: true, sender: true, authorUserId: true } }))
      .toEqual({ text: 'Thanks, we are on it!', status: 'queued', sender: 'operator', authorUserId: null });
    expect((await db.conversationNote.findFirstOrThrow({ where: { conversationId: c.conversation.id } })).body).toContain('Routed to Lou');
    const [run] = await runsOf(id);
    expect(run!.status).toBe('succeeded');
    expect((run!.outcome as { ok: boolean }[]).every((o) => o.ok)).toBe(true);

    // Back to the AI, in auto-send.
    await rule({ trigger: 'label_added', actions: [{ type: 'handoff', to: 'ai_auto' }] });
    await applyConversationLabel({ ctx, conversationId: c.conversation.id, labelId: labels.other, applied: true });
    await drain();
    expect(await get(c.conversation.id)).toMatchObject({ handling: 'ai_auto', takenOverById: null });
  });

  it('WhatsApp template: sent on WhatsApp with the contact name filled in, refused elsewhere (the run says why)', async () => {
    await db.messageTemplate.create({ data: { workspaceId: wa.workspaceId, channelId: wa.id, name: 'order_update', language: 'en_US', status: 'APPROVED', components: [{ type: 'BODY', text: 'Hi {{1}}, we got your message.' }] } });
    const id = await rule({ trigger: 'message_received', actions: [{ type: 'send_template', name: 'order_update', language: 'en_US', variables: ['{contact_name}'] }] });
    const onWa = await conversationWith('hola', wa);
    await runAutomationsForEvent(event('message_received', onWa.conversation.id));
    expect((await db.message.findFirstOrThrow({ where: { conversationId: onWa.conversation.id, direction: 'outbound' } })).text).toBe('Hi Ana Customer, we got your message.');
    const onIg = await conversationWith('hola');
    await runAutomationsForEvent(event('message_received', onIg.conversation.id));
    const runs = await runsOf(id);
    expect(runs.map((r) => r.status)).toEqual(['succeeded', 'failed']);
    expect((runs[1]!.outcome as { detail: string }[])[0]!.detail).toMatch(/only be sent in WhatsApp/);
  });
});

describe('round-robin and load-aware assignment', () => {
  const online = (userId: string) => db.session.create({ data: { userId, currentWorkspaceId: ctx.workspace.id, expiresAt: new Date(Date.now() + 3600_000) } });

  it('rotates fairly among online members, skips offline ones and respects the cap', async () => {
    const [sam, kim, lou] = members;
    await online(sam!.id);
    await online(kim!.id); // Lou is offline
    const id = await rule({ trigger: 'message_received', actions: [{ type: 'assign_round_robin', userIds: [sam!.id, kim!.id, lou!.id], onlineOnly: true, maxOpenPerMember: 3 }] });
    await db.conversation.updateMany({ where: { workspaceId: ctx.workspace.id }, data: { assigneeId: null } });
    const assigned: string[] = [];
    for (let i = 0; i < 6; i++) {
      const c = await conversationWith(`m${i}`);
      await runAutomationsForEvent(event('message_received', c.conversation.id));
      assigned.push((await get(c.conversation.id)).assigneeId!);
    }
    expect(assigned.filter((u) => u === sam!.id)).toHaveLength(3);
    expect(assigned.filter((u) => u === kim!.id)).toHaveLength(3);
    expect(assigned).not.toContain(lou!.id);
    // Both at the cap: nobody is assigned and the run log says why.
    const full = await conversationWith('one more');
    await runAutomationsForEvent(event('message_received', full.conversation.id));
    expect((await get(full.conversation.id)).assigneeId).toBeNull();
    const last = (await runsOf(id)).at(-1)!;
    expect(last.status).toBe('failed');
    expect((last.outcome as { detail: string }[])[0]!.detail).toMatch(/at the cap/);
  });

  it('prefers the least-loaded member over strict rotation', async () => {
    const [sam, kim] = members;
    await online(sam!.id);
    await online(kim!.id);
    await db.conversation.updateMany({ where: { workspaceId: ctx.workspace.id }, data: { assigneeId: null } });
    for (let i = 0; i < 2; i++) {
      const busy = await conversationWith('busy');
      await db.conversation.update({ where: { id: busy.conversation.id }, data: { assigneeId: sam!.id } });
    }
    await rule({ trigger: 'message_received', actions: [{ type: 'assign_round_robin', userIds: [sam!.id, kim!.id], onlineOnly: true, maxOpenPerMember: 0 }] });
    const picks: string[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await conversationWith('x');
      await runAutomationsForEvent(event('message_received', c.conversation.id));
      picks.push((await get(c.conversation.id)).assigneeId!);
    }
    // Kim (0 open) gets two until both have 2; on the tie the rotation moves on to Sam.
    expect(picks).toEqual([kim!.id, kim!.id, sam!.id]);
  });
});

describe('away message', () => {
  it('outside business hours, only where no AI answers, at most once per 12 hours per conversation', async () => {
    await saveAwayMessage({ ctx, input: { enabled: true, message: 'We are closed; back at 9.' } });
    const settings = defaultAgentSettings();
    settings.businessHours.timeZone = 'UTC';
    const current = await db.agentSettingsVersion.count({ where: { workspaceId: ctx.workspace.id } });
    await saveAgentSettings({ ctx, settings: { ...settings, mode: 'off' }, expectedVersion: current });
    const sunday = new Date('2026-12-06T12:00:00Z');
    const monday = new Date('2026-12-07T10:00:00Z');
    const c = await conversationWith('hello?');
    expect((await runAutomationsForEvent(event('message_received', c.conversation.id), { now: monday })).away).toBe('in_hours');
    expect((await runAutomationsForEvent(event('message_received', c.conversation.id), { now: sunday })).away).toBe('sent');
    expect((await runAutomationsForEvent(event('message_received', c.conversation.id), { now: new Date(sunday.getTime() + 60_000) })).away).toBe('recently_sent');
    expect(await db.message.count({ where: { conversationId: c.conversation.id, direction: 'outbound', text: 'We are closed; back at 9.' } })).toBe(1);
    // With the AI answering (draft mode), the AI's own out-of-hours notice applies instead.
    await saveAgentSettings({ ctx, settings: { ...settings, mode: 'draft' }, expectedVersion: current + 1 });
    const d = await conversationWith('hello?');
    expect((await runAutomationsForEvent(event('message_received', d.conversation.id), { now: sunday })).away).toBe('ai_answers');
    await expect(saveAwayMessage({ ctx, input: { enabled: true, message: '' } })).rejects.toMatchObject({ code: 'bad_request' });
    await saveAwayMessage({ ctx, input: { enabled: false, message: '' } });
  });
});

describe('dry-run', () => {
  it('shows what would happen and changes nothing', async () => {
    await db.$executeRaw`delete from pgboss.job where name = 'send-message'`;
    const c = await conversationWith('I need a refund');
    const snapshot = async () => ({
      conversation: await get(c.conversation.id),
      messages: await db.message.count({ where: { conversationId: c.conversation.id } }),
      notes: await db.conversationNote.count({ where: { conversationId: c.conversation.id } }),
      runs: await db.automationRun.count({ where: { workspaceId: ctx.workspace.id } }),
      events: await db.inboxEvent.count({ where: { workspaceId: ctx.workspace.id } }),
      jobs: (await db.$queryRaw<{ n: bigint }[]>`select count(*) as n from pgboss.job where name in ('run-automations', 'send-message')`)[0]!.n,
      rules: await db.automationRule.findMany({ where: { workspaceId: ctx.workspace.id } }),
    });
    const before = await snapshot();
    const result = await dryRunAutomationRule({
      ctx, conversationId: c.conversation.id,
      rule: {
        name: 'Refunds', trigger: 'message_received',
        conditions: [{ type: 'text_contains', value: 'refund' }, { type: 'channel', channelTypes: ['instagram'] }],
        actions: [{ type: 'assign_member', userId: members[0]!.id }, { type: 'add_label', labelId: labels.refund }, { type: 'send_canned', cannedResponseId: cannedId }, { type: 'set_status', status: 'closed' }, { type: 'handoff', to: 'human' }, { type: 'add_note', body: 'n' }, { type: 'assign_round_robin', userIds: [members[1]!.id], onlineOnly: false, maxOpenPerMember: 0 }],
      },
    });
    expect(result.wouldFire).toBe(true);
    expect(result.verdicts.map((v) => v.passed)).toEqual([true, true]);
    expect(result.actions.map((a) => a.detail)).toEqual([
      `Would assign to ${members[0]!.name}.`, 'Would add the label “Refund”.', 'Would send /thanks: “Thanks, we are on it!”.', 'Would set the status to closed.',
      'Would hand the conversation to a human.', 'Would post the internal note “n”.', expect.stringMatching(/^Would assign to .* \(round-robin/),
    ]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('isolation', () => {
  it("a rule cannot reference another workspace's label, member or canned response, and B's rules and conversations are not found", async () => {
    const bad = rule({ trigger: 'message_received', conditions: [{ type: 'label', labelId: otherLabelId, has: true }], actions: [{ type: 'assign_member', userId: otherCtx.user.id }] });
    await expect(bad).rejects.toMatchObject({ code: 'bad_request', details: { fieldErrors: { 'conditions.0.labelId': [expect.any(String)], 'actions.0.userId': [expect.any(String)] } } });
    const bRule = await rule({ trigger: 'message_received', actions: [{ type: 'add_label', labelId: otherLabelId }] }, otherCtx);
    const notFound = (promise: Promise<unknown>) => expect(promise).rejects.toSatisfy((e: unknown) => isAppError(e) && e.code === 'not_found');
    await notFound(setAutomationRuleEnabled({ ctx, id: bRule, enabled: false }));
    await notFound(deleteAutomationRule({ ctx, id: bRule }));
    await notFound(moveAutomationRule({ ctx, id: bRule, direction: 'up' }));
    await notFound(saveAutomationRule({ ctx, id: bRule, rule: { name: 'x', trigger: 'message_received', actions: [{ type: 'add_note', body: 'x' }] } }));
    expect((await listAutomationRuns({ ctx, ruleId: bRule })).runs).toEqual([]);
    const bChannel = await createChannel(otherCtx.workspace.id, 'instagram');
    const { conversation } = await createConversation(bChannel);
    await notFound(dryRunAutomationRule({ ctx, conversationId: conversation.id, rule: { name: 'x', trigger: 'message_received', actions: [{ type: 'add_note', body: 'x' }] } }));
    // An event naming B's conversation in A's workspace finds nothing to act on.
    await rule({ trigger: 'message_received', actions: [{ type: 'add_note', body: 'x' }] });
    expect((await runAutomationsForEvent(event('message_received', conversation.id))).fired).toEqual([]);
    expect(await db.automationRule.findUniqueOrThrow({ where: { id: bRule } })).toMatchObject({ enabled: true });
  });

  it('agents cannot manage rules', async () => {
    await expect(rule({ trigger: 'message_received', actions: [{ type: 'add_note', body: 'x' }] }, agentCtx)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
