// Price formatting for the pricing page; kept apart from plans.ts so the client bundle gets
// these few lines, not zod and the plan schema.
import type { Plan } from './plans';

/** "€29" or "€24.17": whole euros without decimals, otherwise two. */
export function formatEuros(cents: number): string {
  const whole = cents % 100 === 0;
  const digits = whole ? 0 : 2;
  return new Intl.NumberFormat('en-IE', { style: 'currency', currency: 'EUR', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(cents / 100);
}

/** What a yearly subscription costs per month, for the pricing toggle. */
export function yearlyMonthlyEquivalentCents(plan: Pick<Plan, 'yearlyPriceCents'>): number | null {
  return plan.yearlyPriceCents === null ? null : Math.round(plan.yearlyPriceCents / 12);
}
