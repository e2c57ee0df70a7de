// The `run-automations` job's work for one event: the workspace's enabled rules for the trigger,
// in order, each checked against fresh facts (an earlier rule's actions are visible to later
// ones), each firing at most once per event (AutomationRun unique on rule + event key).
//
// Durable per action: each completed action is checkpointed (AutomationActionRun, unique on run +
// action index) before the next starts. When a worker dies mid-rule, the job's retry finds the run
// still `running`, resumes it without re-checking its conditions (they held when it started, and
// its own first actions may have changed the facts), skips the checkpointed actions and runs the
// rest. A lease (leaseUntil, the job's timeout) keeps a second delivery of the same event from
// running a live run twice. The one window left is a crash between an action's effect and its
// checkpoint: that action runs again on retry (at least once); assignment, labels and status are
// idempotent, a canned reply or note could repeat.
import { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import type { Logger } from '../logger';
import { automationEventSchema, MAX_AUTOMATION_DEPTH, type AutomationEvent } from './automation-event.schema';
import { readStoredRule } from './automation-rule.schema';
import { automationSystemContext } from './automation-system-context';
import { evaluateConditions } from './evaluate-conditions';
import { executeAutomationActions, type ActionOutcome } from './execute-automation-actions';
import { loadConversationFacts } from './load-conversation-facts';
import { sendAwayMessage } from './send-away-message';

export type RunSummary = { fired: string[]; skippedDuplicate: string[]; resumed: string[]; away?: string };

/** As long as the run-automations job's timeout: after it, pg-boss considers the worker gone. */
const RUN_LEASE_MS = 60_000;

type Options = {
  log?: Logger;
  now?: Date;
  /** After each action's checkpoint is written; a test throws here to play a worker crash. */
  afterCheckpoint?: (ruleId: string, actionIndex: number) => void | Promise<void>;
};

export async function runAutomationsForEvent(input: AutomationEvent, options: Options = {}): Promise<RunSummary> {
  const event = automationEventSchema.parse(input);
  const now = options.now ?? new Date();
  const summary: RunSummary = { fired: [], skippedDuplicate: [], resumed: [] };
  if (event.origin.depth > MAX_AUTOMATION_DEPTH) return summary;
  const workspace = await db.workspace.findUnique({ where: { id: event.workspaceId }, select: { id: true, name: true, slug: true, awayMessageEnabled: true, awayMessage: true } });
  if (!workspace) return summary;
  const ctx = automationSystemContext(workspace);

  const rules = await ctx.db.automationRule.findMany({
    where: { trigger: event.trigger, enabled: true, ...(event.ruleId ? { id: event.ruleId } : {}) },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, name: true, enabled: true, trigger: true, triggerConfig: true, conditions: true, actions: true, lastAssignedUserId: true },
  });
  for (const row of rules) {
    // The loop guard: a rule never runs for an event its own actions (or its ancestors') caused.
    if (event.origin.chain.includes(row.id)) continue;
    const rule = readStoredRule(row);
    if (!rule) {
      options.log?.warn({ workspaceId: workspace.id, ruleId: row.id }, 'automation rule no longer parses; skipped');
      continue;
    }
    if (rule.trigger === 'label_added' && rule.triggerConfig.labelId && rule.triggerConfig.labelId !== event.labelId) continue;
    const existing = await ctx.db.automationRun.findFirst({ where: { ruleId: row.id, eventKey: event.eventKey }, select: { id: true, status: true } });
    if (existing && existing.status !== 'running') {
      summary.skippedDuplicate.push(row.id);
      continue;
    }
    const facts = await loadConversationFacts({ db: ctx.db, workspaceId: ctx.workspace.id, conversationId: event.conversationId, messageId: event.messageId, now });
    if (!facts) break;

    let runId: string;
    if (existing) {
      // A run left `running` by an attempt that crashed: take it over once its lease is over.
      const claimed = await ctx.db.automationRun.updateMany({
        where: { id: existing.id, status: 'running', OR: [{ leaseUntil: null }, { leaseUntil: { lt: new Date() } }] },
        data: { leaseUntil: new Date(Date.now() + RUN_LEASE_MS) },
      });
      if (claimed.count === 0) {
        summary.skippedDuplicate.push(row.id);
        continue;
      }
      runId = existing.id;
      summary.resumed.push(row.id);
    } else {
      if (!evaluateConditions(rule.conditions, facts).passed) continue;
      try {
        ({ id: runId } = await ctx.db.automationRun.create({
          data: {
            workspaceId: workspace.id, ruleId: row.id, conversationId: event.conversationId, eventKey: event.eventKey, trigger: event.trigger,
            status: 'running', outcome: [], depth: event.origin.depth, leaseUntil: new Date(Date.now() + RUN_LEASE_MS),
          } as Prisma.AutomationRunUncheckedCreateInput,
          select: { id: true },
        }));
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
          summary.skippedDuplicate.push(row.id);
          continue;
        }
        throw error;
      }
    }
    const checkpoints = await ctx.db.automationActionRun.findMany({ where: { runId }, select: { actionIndex: true, type: true, ok: true, detail: true } });
    const done = new Map(checkpoints.map((c) => [c.actionIndex, { type: c.type as ActionOutcome['type'], ok: c.ok, detail: c.detail }]));
    let outcomes: ActionOutcome[];
    try {
      outcomes = await executeAutomationActions({
        ctx, rule: { id: row.id, name: rule.name, lastAssignedUserId: row.lastAssignedUserId }, conversationId: event.conversationId, actions: rule.actions,
        origin: { chain: [...event.origin.chain, row.id], depth: event.origin.depth + 1 }, contactName: facts.contactName, channelType: facts.channelType, now, dryRun: false,
        done,
        onActionDone: async (actionIndex, outcome) => {
          await ctx.db.automationActionRun.create({ data: { workspaceId: workspace.id, runId, actionIndex, ...outcome } as Prisma.AutomationActionRunUncheckedCreateInput, select: { id: true } });
          await options.afterCheckpoint?.(row.id, actionIndex);
        },
      });
    } catch (error) {
      // The process is alive: hand the run back at once so the job's retry resumes it.
      await ctx.db.automationRun.updateMany({ where: { id: runId, status: 'running' }, data: { leaseUntil: null } });
      throw error;
    }
    const failed = outcomes.filter((o) => !o.ok).length;
    const status = failed === 0 ? 'succeeded' : failed === outcomes.length ? 'failed' : 'partial';
    await ctx.db.automationRun.updateMany({ where: { id: runId }, data: { status, outcome: outcomes as unknown as Prisma.InputJsonValue, finishedAt: new Date(), leaseUntil: null } });
    // The outcomes now live on the run; the checkpoints were only for resuming it.
    await ctx.db.automationActionRun.deleteMany({ where: { runId } });
    summary.fired.push(row.id);
    options.log?.info({ workspaceId: workspace.id, ruleId: row.id, conversationId: event.conversationId, status }, 'automation rule fired');
  }

  if (event.trigger === 'message_received' && event.origin.depth === 0 && workspace.awayMessageEnabled && workspace.awayMessage) {
    summary.away = await sendAwayMessage({ ctx, conversationId: event.conversationId, message: workspace.awayMessage, now });
  }
  return summary;
}
