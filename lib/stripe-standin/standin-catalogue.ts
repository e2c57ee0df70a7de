// What the stand-in's "Stripe account" sells: one price per plan and period, with the ids the
// app is configured with (billingConfig().prices) and the amounts of lib/billing/plans.ts, plus
// a price the app does not know (to exercise "unknown price → unmatched") and promotion codes.
import { billingConfig } from '../billing/billing-config';
import { getPlan, paidPlanIdSchema, type BillingPeriod, type PaidPlanId } from '../billing/plans';

export type StandInPrice = { id: string; plan: PaidPlanId | null; name: string; period: BillingPeriod; unitAmount: number };

/** A price that exists at "Stripe" but maps to no Relaydesk plan. */
export const UNKNOWN_PRICE_ID = 'price_standin_legacy_monthly';

export const standInPromotionCodes: Record<string, { percentOff: number; id: string }> = {
  LAUNCH20: { percentOff: 20, id: 'promo_standin_launch20' },
};

export function standInPrices(): StandInPrice[] {
  const { prices } = billingConfig();
  const list: StandInPrice[] = paidPlanIdSchema.options.flatMap((plan) => {
    const definition = getPlan(plan);
    return (['monthly', 'yearly'] as const).map((period) => ({
      id: prices[plan][period],
      plan,
      name: definition.name,
      period,
      unitAmount: period === 'monthly' ? definition.monthlyPriceCents : definition.yearlyPriceCents!,
    }));
  });
  list.push({ id: UNKNOWN_PRICE_ID, plan: null, name: 'Legacy', period: 'monthly', unitAmount: 1900 });
  return list;
}

export function findStandInPrice(id: string): StandInPrice | undefined {
  return standInPrices().find((p) => p.id === id);
}

/** Per-month amount, to tell an upgrade (applies now) from a downgrade (at period end). */
export function monthlyAmount(price: StandInPrice): number {
  return price.period === 'yearly' ? price.unitAmount / 12 : price.unitAmount;
}
