// Enable/disable, reorder and delete rules. Ids are resolved through the scoped client, so another
// workspace's rule is "not found".
import { recordAudit } from '../audit/record-audit';
import { db } from '../db';
import { AppError } from '../errors';
import { assertCan } from '../team/assert-permission';
import type { WorkspaceContext } from '../workspaces/context';

type Ctx = Pick<WorkspaceContext, 'db' | 'can' | 'workspace' | 'user'>;

export async function setAutomationRuleEnabled(options: { ctx: Ctx; id: string; enabled: boolean }): Promise<void> {
  assertCan(options.ctx, 'automations.manage');
  const { count } = await options.ctx.db.automationRule.updateMany({ where: { id: options.id }, data: { enabled: options.enabled } });
  if (count === 0) throw new AppError('not_found', 'This rule does not exist in this workspace.');
  await recordAudit({ ctx: options.ctx, action: options.enabled ? 'automation.rule_enabled' : 'automation.rule_disabled', targetType: 'AutomationRule', targetId: options.id }, options.ctx.db);
}

export async function deleteAutomationRule(options: { ctx: Ctx; id: string }): Promise<void> {
  assertCan(options.ctx, 'automations.manage');
  const { count } = await options.ctx.db.automationRule.deleteMany({ where: { id: options.id } });
  if (count === 0) throw new AppError('not_found', 'This rule does not exist in this workspace.');
  await recordAudit({ ctx: options.ctx, action: 'automation.rule_deleted', targetType: 'AutomationRule', targetId: options.id }, options.ctx.db);
}

/** Swaps the rule with its neighbour above or below; positions are renumbered 1..n in one transaction. */
export async function moveAutomationRule(options: { ctx: Ctx; id: string; direction: 'up' | 'down' }): Promise<{ moved: boolean }> {
  assertCan(options.ctx, 'automations.manage');
  const workspaceId = options.ctx.workspace.id;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`automation-order:${workspaceId}`}, 0))`;
    const rules = await tx.automationRule.findMany({ where: { workspaceId }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }], select: { id: true } });
    const index = rules.findIndex((r) => r.id === options.id);
    if (index < 0) throw new AppError('not_found', 'This rule does not exist in this workspace.');
    const target = options.direction === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= rules.length) return { moved: false };
    [rules[index], rules[target]] = [rules[target]!, rules[index]!];
    for (const [i, rule] of rules.entries()) await tx.automationRule.updateMany({ where: { id: rule.id, workspaceId }, data: { position: i + 1 } });
    return { moved: true };
  });
}
