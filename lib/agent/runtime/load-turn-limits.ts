// What limits an agent turn, in ONE statement (it was three to five round trips, two of them to
// the same AgentConfig row): the billing row (or the trial its workspace's creation implies), the
// plan's AI replies used this month, the owner's spending cap with this month's spend, and the
// provider settings the turn resolves next. Counted exactly as getAiReplyAllowance and
// getCapStatus count (the billing page's figures), through the same pure builders.
import type { AgentProviderKind } from '../../generated/prisma/enums';
import { db } from '../../db';
import { AppError } from '../../errors';
import { aiReplyAllowanceFrom, type AiReplyAllowance } from '../../billing/ai-reply-allowance';
import { resolveBillingAccess, type BillingAccess, type BillingRow } from '../../billing/billing-access';
import { fallbackBillingRow } from '../../billing/get-workspace-billing';
import { capStatusFrom, type CapStatus } from '../usage/monthly-cap';
import { monthOf, monthRange } from '../usage/usage-month';

export type ProviderConfig = { provider: AgentProviderKind; model: string | null; apiKeyEnc: string | null };
export type TurnLimits = { cap: CapStatus; allowance: AiReplyAllowance; billing: BillingAccess; providerConfig: ProviderConfig | null };

type Row = Omit<BillingRow, 'trialEndsAt'> & {
  createdAt: Date; hasBilling: boolean; trialEndsAt: Date | null;
  hasConfig: boolean; provider: AgentProviderKind | null; model: string | null; apiKeyEnc: string | null; monthlyCapCents: number | null;
  aiReplies: number; spentMicros: number;
};

export async function loadTurnLimits(options: { workspaceId: string; now: Date }): Promise<TurnLimits> {
  const { start, end } = monthRange(monthOf(options.now));
  const [row] = await db.$queryRaw<Row[]>`
    select w."createdAt", b."workspaceId" is not null as "hasBilling",
      b."trialEndsAt", b."chosenPlan"::text as "chosenPlan", b."chosenPeriod"::text as "chosenPeriod", b."stripeCustomerId", b."stripeSubscriptionId",
      b."subscriptionStatus", b.plan::text as plan, b.period::text as period, b."currentPeriodEnd", coalesce(b."cancelAtPeriodEnd", false) as "cancelAtPeriodEnd",
      a."workspaceId" is not null as "hasConfig", a.provider::text as provider, a.model, a."apiKeyEnc", a."monthlyCapCents",
      (select count(*)::int from "AgentRun" r
        where r."workspaceId" = w.id and r."createdAt" >= ${start} and r."createdAt" < ${end} and r.status in ('sent', 'drafted')) as "aiReplies",
      -- This month's spend only matters against a cap.
      case when a."monthlyCapCents" is null then 0 else (select coalesce(sum(r."costMicros"), 0)::float8 from "AgentRun" r
        where r."workspaceId" = w.id and r."createdAt" >= ${start} and r."createdAt" < ${end}) end as "spentMicros"
    from "Workspace" w
    left join "WorkspaceBilling" b on b."workspaceId" = w.id
    left join "AgentConfig" a on a."workspaceId" = w.id
    where w.id = ${options.workspaceId}::uuid`;
  if (!row) throw new AppError('not_found', 'Workspace not found');
  const billing: BillingRow = row.hasBilling
    ? {
        trialEndsAt: row.trialEndsAt!, chosenPlan: row.chosenPlan, chosenPeriod: row.chosenPeriod, stripeCustomerId: row.stripeCustomerId,
        stripeSubscriptionId: row.stripeSubscriptionId, subscriptionStatus: row.subscriptionStatus, plan: row.plan, period: row.period,
        currentPeriodEnd: row.currentPeriodEnd, cancelAtPeriodEnd: row.cancelAtPeriodEnd,
      }
    : fallbackBillingRow(row.createdAt);
  const access = resolveBillingAccess(billing, options.now);
  return {
    cap: capStatusFrom({ capCents: row.monthlyCapCents, spentMicros: Number(row.spentMicros), now: options.now }),
    allowance: aiReplyAllowanceFrom({ access, used: row.aiReplies, now: options.now }),
    billing: access,
    providerConfig: row.hasConfig ? { provider: row.provider!, model: row.model, apiKeyEnc: row.apiKeyEnc } : null,
  };
}
