// The plan's "AI replies / month": at the allowance the agent falls back to drafts (exactly like
// the owner's spending cap) and the owners get one email a month.
import { monthOf } from '../agent/usage/usage-month';
import type { BillingAccess } from './billing-access';
import { db } from '../db';
import { env } from '../env';
import { countAiRepliesThisMonth } from './count-plan-usage';
import { emailWorkspaceOwners } from './email-workspace-owners';
import { ensureWorkspaceBillingRow, getWorkspaceBilling } from './get-workspace-billing';
import { aiReplyLimitLabel, aiReplyLimitReached } from './plan-limits';
import type { Plan } from './plans';

export type AiReplyAllowance = { plan: Plan; used: number; limit: number; reached: boolean; month: string; sendingPaused: boolean };

export async function getAiReplyAllowance(options: { workspaceId: string; now: Date }): Promise<AiReplyAllowance> {
  const { access } = await getWorkspaceBilling(options);
  const used = await countAiRepliesThisMonth(options.workspaceId, options.now);
  return aiReplyAllowanceFrom({ access, used, now: options.now });
}

/** The allowance from what was read (the agent turn reads billing and usage in one statement: lib/agent/runtime/load-turn-limits.ts). */
export function aiReplyAllowanceFrom(options: { access: BillingAccess; used: number; now: Date }): AiReplyAllowance {
  const { access, used } = options;
  return {
    plan: access.plan, used, limit: access.plan.aiRepliesPerMonth, reached: aiReplyLimitReached({ plan: access.plan, used }),
    month: monthOf(options.now), sendingPaused: !access.canSend,
  };
}

/** Once a month per workspace: the conditional update of aiLimitAlertedMonth is the claim. */
export async function alertOwnersAiLimitReachedOnce(options: { workspaceId: string; allowance: AiReplyAllowance }): Promise<boolean> {
  const { workspaceId, allowance } = options;
  if (!allowance.reached) return false;
  await ensureWorkspaceBillingRow(workspaceId);
  const claimed = await db.workspaceBilling.updateMany({
    where: { workspaceId, OR: [{ aiLimitAlertedMonth: null }, { aiLimitAlertedMonth: { not: allowance.month } }] },
    data: { aiLimitAlertedMonth: allowance.month },
  });
  if (claimed.count === 0) return false;
  try {
    await emailWorkspaceOwners({
      workspaceId,
      template: 'ai-limit-reached',
      props: (owner, workspace) => ({ name: owner.name, workspaceName: workspace.name, month: allowance.month, limitLabel: aiReplyLimitLabel(allowance.plan), url: `${env().APP_URL.replace(/\/$/, '')}/billing` }),
    });
  } catch (error) {
    // Release the claim so the next capped turn tries again: the alert is never silently lost.
    await db.workspaceBilling.updateMany({ where: { workspaceId, aiLimitAlertedMonth: allowance.month }, data: { aiLimitAlertedMonth: null } });
    throw error;
  }
  return true;
}
