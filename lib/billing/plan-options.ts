// The six purchasable plan/period choices with their prices, for the sign-up form's plan select
// and the Billing page's plan picker. Reads plans.ts only, so client components can use it.
import { formatEuros } from './format-price';
import { getPlan, paidPlanIdSchema, type BillingPeriod, type PaidPlanId } from './plans';

export type PlanOption = { plan: PaidPlanId; period: BillingPeriod; value: string; label: string; price: string };

export function planPrice(plan: PaidPlanId, period: BillingPeriod): string {
  const p = getPlan(plan);
  return period === 'yearly' ? `${formatEuros(p.yearlyPriceCents!)} / year` : `${formatEuros(p.monthlyPriceCents)} / month`;
}

export const planOptions: PlanOption[] = paidPlanIdSchema.options.flatMap((plan) =>
  (['monthly', 'yearly'] as const).map((period) => ({
    plan,
    period,
    value: `${plan}:${period}`,
    label: `${getPlan(plan).name}, billed ${period}`,
    price: planPrice(plan, period),
  })),
);
