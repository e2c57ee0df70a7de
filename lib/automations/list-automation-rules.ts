// The /automations list: rules in run order with their last run, and one rule with its run log.
import { AppError } from '../errors';
import { assertCan } from '../team/assert-permission';
import type { WorkspaceContext } from '../workspaces/context';
import { readStoredRule, type AutomationRuleData } from './automation-rule.schema';

type Ctx = Pick<WorkspaceContext, 'db' | 'can'>;

export type AutomationRuleSummary = { id: string; name: string; enabled: boolean; trigger: string; position: number; valid: boolean; conditionCount: number; actionTypes: string[]; lastRunAt: Date | null; runCount: number };

export async function listAutomationRules({ ctx }: { ctx: Ctx }): Promise<AutomationRuleSummary[]> {
  assertCan(ctx, 'automations.manage');
  const rows = await ctx.db.automationRule.findMany({
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, name: true, enabled: true, trigger: true, triggerConfig: true, conditions: true, actions: true, position: true, _count: { select: { runs: true } }, runs: { orderBy: { createdAt: 'desc' }, take: 1, select: { createdAt: true } } },
  });
  return rows.map((row) => {
    const rule = readStoredRule(row);
    return {
      id: row.id, name: row.name, enabled: row.enabled, trigger: row.trigger, position: row.position, valid: Boolean(rule),
      conditionCount: rule?.conditions.length ?? 0, actionTypes: rule?.actions.map((a) => a.type) ?? [], lastRunAt: row.runs[0]?.createdAt ?? null, runCount: row._count.runs,
    };
  });
}

export async function getAutomationRuleOrThrow({ ctx, id }: { ctx: Ctx; id: string }): Promise<{ id: string; rule: AutomationRuleData | null; name: string; enabled: boolean }> {
  assertCan(ctx, 'automations.manage');
  const row = await ctx.db.automationRule.findFirst({ where: { id }, select: { id: true, name: true, enabled: true, trigger: true, triggerConfig: true, conditions: true, actions: true } });
  if (!row) throw new AppError('not_found', 'This rule does not exist in this workspace.');
  return { id: row.id, name: row.name, enabled: row.enabled, rule: readStoredRule(row) };
}

export type AutomationRunView = { id: string; createdAt: Date; trigger: string; status: string; conversationId: string | null; depth: number; outcome: { type: string; ok: boolean; detail: string }[] };
export const RUNS_PAGE_SIZE = 25;

/** Newest first, keyset-paginated on (createdAt, id) via the run id (UUIDv7 ids sort by time). */
export async function listAutomationRuns({ ctx, ruleId, before }: { ctx: Ctx; ruleId: string; before?: string | null }): Promise<{ runs: AutomationRunView[]; nextCursor: string | null }> {
  assertCan(ctx, 'automations.manage');
  const rows = await ctx.db.automationRun.findMany({
    where: { ruleId, ...(before ? { id: { lt: before } } : {}) },
    orderBy: { id: 'desc' },
    take: RUNS_PAGE_SIZE + 1,
    select: { id: true, createdAt: true, trigger: true, status: true, conversationId: true, depth: true, outcome: true },
  });
  const runs = rows.slice(0, RUNS_PAGE_SIZE).map((r) => ({ ...r, outcome: Array.isArray(r.outcome) ? (r.outcome as AutomationRunView['outcome']) : [] }));
  return { runs, nextCursor: rows.length > RUNS_PAGE_SIZE ? runs.at(-1)!.id : null };
}
