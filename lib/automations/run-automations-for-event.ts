// The `run-automations` job's work for one event: the workspace's enabled rules for the trigger,
// in order, each checked against fresh facts (an earlier rule's actions are visible to later
// ones), each firing at most once per event (AutomationRun unique on rule + event key).
import { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import type { Logger } from '../logger';
import { automationEventSchema, MAX_AUTOMATION_DEPTH, type AutomationEvent } from './automation-event.schema';
import { readStoredRule } from './automation-rule.schema';
import { automationSystemContext } from './automation-system-context';
import { evaluateConditions } from './evaluate-conditions';
import { executeAutomationActions } from './execute-automation-actions';
import { loadConversationFacts } from './load-conversation-facts';
import { sendAwayMessage } from './send-away-message';

export type RunSummary = { fired: string[]; skippedDuplicate: string[]; away?: string };

export async function runAutomationsForEvent(input: AutomationEvent, options: { log?: Logger; now?: Date } = {}): Promise<RunSummary> {
  const event = automationEventSchema.parse(input);
  const now = options.now ?? new Date();
  const summary: RunSummary = { fired: [], skippedDuplicate: [] };
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
    const facts = await loadConversationFacts({ db: ctx.db, workspaceId: ctx.workspace.id, conversationId: event.conversationId, messageId: event.messageId, now });
    if (!facts) break;
    if (!evaluateConditions(rule.conditions, facts).passed) continue;

    let runId: string;
    try {
      ({ id: runId } = await ctx.db.automationRun.create({
        data: { workspaceId: workspace.id, ruleId: row.id, conversationId: event.conversationId, eventKey: event.eventKey, trigger: event.trigger, status: 'running', outcome: [], depth: event.origin.depth } as Prisma.AutomationRunUncheckedCreateInput,
        select: { id: true },
      }));
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        summary.skippedDuplicate.push(row.id);
        continue;
      }
      throw error;
    }
    const outcomes = await executeAutomationActions({
      ctx, rule: { id: row.id, name: rule.name, lastAssignedUserId: row.lastAssignedUserId }, conversationId: event.conversationId, actions: rule.actions,
      origin: { chain: [...event.origin.chain, row.id], depth: event.origin.depth + 1 }, contactName: facts.contactName, channelType: facts.channelType, now, dryRun: false,
    });
    const failed = outcomes.filter((o) => !o.ok).length;
    const status = failed === 0 ? 'succeeded' : failed === outcomes.length ? 'failed' : 'partial';
    await ctx.db.automationRun.updateMany({ where: { id: runId }, data: { status, outcome: outcomes as unknown as Prisma.InputJsonValue, finishedAt: new Date() } });
    summary.fired.push(row.id);
    options.log?.info({ workspaceId: workspace.id, ruleId: row.id, conversationId: event.conversationId, status }, 'automation rule fired');
  }

  if (event.trigger === 'message_received' && event.origin.depth === 0 && workspace.awayMessageEnabled && workspace.awayMessage) {
    summary.away = await sendAwayMessage({ ctx, conversationId: event.conversationId, message: workspace.awayMessage, now });
  }
  return summary;
}
