// Makes a workspace's automation rules and run logs stop naming an erased account: the member's
// id leaves every rule (creator, round-robin pointer, "assign to", round-robin pools, "assignee
// is" conditions) and their name leaves run-log outcome texts ("Assigned to <name>…"). A rule
// whose meaning changed because the member was removed from it (a condition or an "assign to"
// action dropped, or a round-robin pool emptied) is switched off rather than left to act more
// broadly than its author wrote; the editor shows it off so an admin can decide.
import type { Prisma } from '../generated/prisma/client';
import type { AutomationAction, AutomationCondition } from '../automations/automation-rule.schema';

type Tx = Pick<Prisma.TransactionClient, 'automationRule' | 'automationRun' | '$queryRaw' | '$executeRaw'>;

export const FORMER_MEMBER = 'a former member';
const ASSIGN_TYPES = new Set(['assign_member', 'assign_round_robin']);

export async function forgetMemberInAutomations(tx: Tx, options: { userId: string; name: string; workspaceIds: string[] }): Promise<void> {
  const { userId, name, workspaceIds } = options;
  await tx.automationRule.updateMany({ where: { createdById: userId }, data: { createdById: null } });
  await tx.automationRule.updateMany({ where: { lastAssignedUserId: userId }, data: { lastAssignedUserId: null } });
  // Rules are JSON; the member's id can only be in the workspaces they belonged to, but a former
  // membership leaves no trace, so every rule whose JSON holds the id is rewritten.
  const holding = await tx.$queryRaw<{ id: string; actions: unknown; conditions: unknown }[]>`
    select id, actions, conditions from "AutomationRule"
     where position(${userId} in actions::text) > 0 or position(${userId} in conditions::text) > 0`;
  for (const rule of holding) {
    let changedMeaning = false;
    const conditions = (Array.isArray(rule.conditions) ? (rule.conditions as AutomationCondition[]) : []).filter((c) => {
      if (c.type === 'assignee' && c.userId === userId) { changedMeaning = true; return false; }
      return true;
    });
    const actions = (Array.isArray(rule.actions) ? (rule.actions as AutomationAction[]) : []).flatMap((a): AutomationAction[] => {
      if (a.type === 'assign_member' && a.userId === userId) { changedMeaning = true; return []; }
      if (a.type === 'assign_round_robin' && a.userIds.includes(userId)) {
        const userIds = a.userIds.filter((id) => id !== userId);
        if (userIds.length === 0) { changedMeaning = true; return []; }
        return [{ ...a, userIds }];
      }
      return [a];
    });
    await tx.automationRule.update({
      where: { id: rule.id },
      data: { conditions: conditions as Prisma.InputJsonValue, actions: actions as Prisma.InputJsonValue, ...(changedMeaning ? { enabled: false } : {}) },
    });
  }
  // Run logs: assignment outcomes spell the member's name (execute-automation-actions.ts).
  if (name.trim().length === 0 || workspaceIds.length === 0) return;
  // jsonb text escapes quotes and backslashes the way JSON.stringify does.
  const needle = JSON.stringify(name).slice(1, -1);
  // Checkpoints of unfinished runs (run-automations-for-event.ts) carry the same texts.
  await tx.$executeRaw`
    update "AutomationActionRun" set detail = replace(detail, ${name}, ${FORMER_MEMBER})
     where "workspaceId" = any(${workspaceIds}::uuid[]) and type = any(${[...ASSIGN_TYPES]}::text[]) and position(${name} in detail) > 0`;
  const runs = await tx.$queryRaw<{ id: string; outcome: unknown }[]>`
    select id, outcome from "AutomationRun"
     where "workspaceId" = any(${workspaceIds}::uuid[]) and position(${needle} in outcome::text) > 0`;
  for (const run of runs) {
    if (!Array.isArray(run.outcome)) continue;
    const outcome = run.outcome as { type: string; ok: boolean; detail: string }[];
    // Only assignment outcomes name members; other texts (labels, templates) are left untouched so
    // a short name cannot mangle them.
    const names = (o: { type: string; detail: string }) => ASSIGN_TYPES.has(o?.type) && typeof o.detail === 'string' && o.detail.includes(name);
    if (!outcome.some(names)) continue;
    const rewritten = outcome.map((o) => (names(o) ? { ...o, detail: o.detail.split(name).join(FORMER_MEMBER) } : o));
    await tx.automationRun.update({ where: { id: run.id }, data: { outcome: rewritten as Prisma.InputJsonValue } });
  }
}

