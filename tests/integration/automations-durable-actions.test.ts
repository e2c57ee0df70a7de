// Issue 17: a rule's actions survive a worker crash mid-rule. Each completed action is
// checkpointed (AutomationActionRun); the job's retry resumes the run, skips what was done and
// finishes the rest exactly once — even when the first actions changed the facts its conditions
// read — and a second delivery cannot run a run another worker holds.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AutomationEvent } from '@/lib/automations/automation-event.schema';
import { runAutomationsForEvent } from '@/lib/automations/run-automations-for-event';
import { saveAutomationRule } from '@/lib/automations/save-automation-rule';
import { db } from '@/lib/db';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { createChannel, createConversation, createInboundMessage } from '../channel-factories';
import { twoWorkspaceContexts } from '../factories';

let ctx: WorkspaceContext;
let ig: { id: string; workspaceId: string };
let vip: string;

class WorkerCrash extends Error {}
const crashAfter = (index: number) => (_ruleId: string, actionIndex: number) => {
  if (actionIndex === index) throw new WorkerCrash(`worker died after action ${index + 1}`);
};

async function setup(rule: Parameters<typeof saveAutomationRule>[0]['rule']) {
  await db.automationRule.deleteMany({ where: { workspaceId: ctx.workspace.id } });
  const { id: ruleId } = await saveAutomationRule({ ctx, rule });
  const { conversation } = await createConversation(ig);
  await createInboundMessage({ channel: ig, conversationId: conversation.id, text: 'hello' });
  const event: AutomationEvent = { workspaceId: ctx.workspace.id, trigger: 'message_received', conversationId: conversation.id, eventKey: `m:${randomBytes(4).toString('hex')}` };
  return { ruleId, conversationId: conversation.id, event };
}
const notes = async (conversationId: string) => (await db.conversationNote.findMany({ where: { conversationId }, orderBy: { createdAt: 'asc' }, select: { body: true } })).map((n) => n.body.replace(/^Automation “[^”]+”: /, ''));

beforeAll(async () => {
  ({ ctx } = await twoWorkspaceContexts());
  ig = await createChannel(ctx.workspace.id, 'instagram');
  vip = (await db.label.create({ data: { workspaceId: ctx.workspace.id, name: 'VIP', color: '#f59e0b' } })).id;
});

describe('durable automation actions (issue 17)', () => {
  it('a crash after action 1 of 3: the retry runs actions 2 and 3 exactly once and never repeats action 1', async () => {
    const { ruleId, conversationId, event } = await setup({
      name: 'Three notes', trigger: 'message_received',
      actions: [{ type: 'add_note', body: 'one' }, { type: 'add_note', body: 'two' }, { type: 'add_note', body: 'three' }],
    });
    await expect(runAutomationsForEvent(event, { afterCheckpoint: crashAfter(0) })).rejects.toBeInstanceOf(WorkerCrash);
    expect(await notes(conversationId)).toEqual(['one']);
    expect(await db.automationRun.findFirstOrThrow({ where: { ruleId } })).toMatchObject({ status: 'running', leaseUntil: null });

    const retry = await runAutomationsForEvent(event);
    expect(retry).toMatchObject({ fired: [ruleId], resumed: [ruleId] });
    expect(await notes(conversationId)).toEqual(['one', 'two', 'three']);
    const run = await db.automationRun.findFirstOrThrow({ where: { ruleId } });
    expect(run.status).toBe('succeeded');
    expect(run.outcome).toEqual([
      { type: 'add_note', ok: true, detail: 'Posted an internal note.' },
      { type: 'add_note', ok: true, detail: 'Posted an internal note.' },
      { type: 'add_note', ok: true, detail: 'Posted an internal note.' },
    ]);
    expect(await db.automationActionRun.count({ where: { runId: run.id } })).toBe(0);

    // A third delivery of the same event: the finished run is not run again.
    expect(await runAutomationsForEvent(event)).toMatchObject({ fired: [], skippedDuplicate: [ruleId] });
    expect(await notes(conversationId)).toEqual(['one', 'two', 'three']);
    expect(await db.automationRun.count({ where: { ruleId } })).toBe(1);
  });

  it('resumes even when action 1 changed what the conditions read (they held when the run started)', async () => {
    const { ruleId, conversationId, event } = await setup({
      name: 'Tag newcomers', trigger: 'message_received', conditions: [{ type: 'label', labelId: vip, has: false }],
      actions: [{ type: 'add_label', labelId: vip }, { type: 'add_note', body: 'tagged' }, { type: 'set_status', status: 'pending' }],
    });
    await expect(runAutomationsForEvent(event, { afterCheckpoint: crashAfter(0) })).rejects.toBeInstanceOf(WorkerCrash);
    expect(await runAutomationsForEvent(event)).toMatchObject({ fired: [ruleId], resumed: [ruleId] });
    expect(await notes(conversationId)).toEqual(['tagged']);
    expect(await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { status: true } })).toEqual({ status: 'pending' });
    expect(await db.conversationLabel.count({ where: { conversationId, labelId: vip } })).toBe(1);
  });

  it('a second delivery while another worker holds the run does not run it twice', async () => {
    const { ruleId, conversationId, event } = await setup({
      name: 'Two notes', trigger: 'message_received', actions: [{ type: 'add_note', body: 'a' }, { type: 'add_note', body: 'b' }],
    });
    let secondDelivery: Awaited<ReturnType<typeof runAutomationsForEvent>> | undefined;
    await runAutomationsForEvent(event, {
      // While the first worker is between actions, the same event is delivered again.
      afterCheckpoint: async (_id, index) => {
        if (index === 0) secondDelivery = await runAutomationsForEvent(event);
      },
    });
    expect(secondDelivery).toMatchObject({ fired: [], skippedDuplicate: [ruleId] });
    expect(await notes(conversationId)).toEqual(['a', 'b']);
  });
});
