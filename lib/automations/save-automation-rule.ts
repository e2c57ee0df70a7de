// Create or update a rule. The JSON comes from the editor and is re-parsed here; ids inside it
// (members, labels, canned responses) must belong to this workspace, so a rule can never point at
// another tenant's rows. New rules go to the end of the order.
import type { Prisma } from '../generated/prisma/client';
import { fieldErrorsOf } from '../actions/action-result';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import { assertCan } from '../team/assert-permission';
import type { WorkspaceContext } from '../workspaces/context';
import { listContactAttributes } from '../contacts/attributes/list-contact-attributes';
import { attributeConditionProblem } from './attribute-condition';
import { automationRuleSchema, type AutomationRuleData } from './automation-rule.schema';

type Ctx = Pick<WorkspaceContext, 'db' | 'can' | 'workspace' | 'user'>;

export function parseRuleOrThrow(input: unknown): AutomationRuleData {
  const parsed = automationRuleSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError('bad_request', 'Please fix the highlighted fields.', { fieldErrors: fieldErrorsOf(parsed.error) });
}

async function assertReferencesOwned(ctx: Ctx, rule: AutomationRuleData): Promise<void> {
  const errors: Record<string, string[]> = {};
  const userIds = new Map<string, string>();
  const labelIds = new Map<string, string>();
  const cannedIds = new Map<string, string>();
  if (rule.triggerConfig.labelId) labelIds.set(rule.triggerConfig.labelId, 'triggerConfig.labelId');
  const definitions = rule.conditions.some((c) => c.type === 'contact_attribute') ? await listContactAttributes({ ctx }) : [];
  rule.conditions.forEach((c, i) => {
    if (c.type === 'contact_attribute') {
      // An attribute id of another workspace is not among this workspace's definitions: refused.
      const problem = attributeConditionProblem(definitions.find((d) => d.id === c.attributeId), c);
      if (problem) (errors[`conditions.${i}.${problem.field}`] ??= []).push(problem.message);
    }
    if (c.type === 'label') labelIds.set(c.labelId, `conditions.${i}.labelId`);
    if (c.type === 'assignee' && c.is === 'member' && c.userId) userIds.set(c.userId, `conditions.${i}.userId`);
  });
  rule.actions.forEach((a, i) => {
    if (a.type === 'assign_member') userIds.set(a.userId, `actions.${i}.userId`);
    if (a.type === 'assign_round_robin') a.userIds.forEach((id) => userIds.set(id, `actions.${i}.userIds`));
    if (a.type === 'add_label' || a.type === 'remove_label') labelIds.set(a.labelId, `actions.${i}.labelId`);
    if (a.type === 'send_canned') cannedIds.set(a.cannedResponseId, `actions.${i}.cannedResponseId`);
  });
  const [members, labels, canned] = await Promise.all([
    ctx.db.membership.findMany({ where: { userId: { in: [...userIds.keys()] } }, select: { userId: true } }),
    ctx.db.label.findMany({ where: { id: { in: [...labelIds.keys()] } }, select: { id: true } }),
    ctx.db.cannedResponse.findMany({ where: { id: { in: [...cannedIds.keys()] } }, select: { id: true } }),
  ]);
  const missing = (ids: Map<string, string>, found: string[], message: string) => {
    for (const [id, path] of ids) if (!found.includes(id)) (errors[path] ??= []).push(message);
  };
  missing(userIds, members.map((m) => m.userId), 'Choose a member of this workspace.');
  missing(labelIds, labels.map((l) => l.id), 'Choose a label of this workspace.');
  missing(cannedIds, canned.map((c) => c.id), 'Choose a canned response of this workspace.');
  if (Object.keys(errors).length) throw new AppError('bad_request', 'Please fix the highlighted fields.', { fieldErrors: errors });
}

export async function saveAutomationRule(options: { ctx: Ctx; id?: string | null; rule: unknown }): Promise<{ id: string }> {
  const { ctx } = options;
  assertCan(ctx, 'automations.manage');
  const rule = parseRuleOrThrow(options.rule);
  await assertReferencesOwned(ctx, rule);
  const data = {
    name: rule.name, enabled: rule.enabled, trigger: rule.trigger,
    triggerConfig: rule.triggerConfig as Prisma.InputJsonValue, conditions: rule.conditions as Prisma.InputJsonValue, actions: rule.actions as Prisma.InputJsonValue,
  };
  if (options.id) {
    const { count } = await ctx.db.automationRule.updateMany({ where: { id: options.id }, data });
    if (count === 0) throw new AppError('not_found', 'This rule does not exist in this workspace.');
    await recordAudit({ ctx, action: 'automation.rule_updated', targetType: 'AutomationRule', targetId: options.id, metadata: { name: rule.name } }, ctx.db);
    return { id: options.id };
  }
  const last = await ctx.db.automationRule.findFirst({ orderBy: { position: 'desc' }, select: { position: true } });
  const created = await ctx.db.automationRule.create({
    data: { ...data, workspaceId: ctx.workspace.id, position: (last?.position ?? 0) + 1, createdById: ctx.user.id } as Prisma.AutomationRuleUncheckedCreateInput,
    select: { id: true },
  });
  await recordAudit({ ctx, action: 'automation.rule_created', targetType: 'AutomationRule', targetId: created.id, metadata: { name: rule.name } }, ctx.db);
  return { id: created.id };
}
