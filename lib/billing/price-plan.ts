// Stripe price id ⇄ Relaydesk plan and period, through the configured price table only: a price
// that is not in it is "unknown" (stored as unmatched for the platform admin, never guessed).
import { billingConfig } from './billing-config';
import { paidPlanIdSchema, type BillingPeriod, type PaidPlanId } from './plans';

export function planOfPrice(priceId: string): { plan: PaidPlanId; period: BillingPeriod } | null {
  const { prices } = billingConfig();
  for (const plan of paidPlanIdSchema.options) {
    for (const period of ['monthly', 'yearly'] as const) if (prices[plan][period] === priceId) return { plan, period };
  }
  return null;
}

export function priceOfPlan(plan: PaidPlanId, period: BillingPeriod): string {
  return billingConfig().prices[plan][period];
}
