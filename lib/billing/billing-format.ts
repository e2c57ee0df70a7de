// Dates and amounts as billing emails and pages word them ("5 December 2026", "€790.00").
import { getPlan, type BillingPeriod, type PlanId } from './plans';

export function formatBillingDate(date: Date): string {
  return new Intl.DateTimeFormat('en-IE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Minor units of `currency` (Stripe amounts) as money. */
export function formatMoney(amount: number, currency: string): string {
  const code = currency.toUpperCase();
  const digits = new Intl.NumberFormat('en-IE', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat('en-IE', { style: 'currency', currency: code }).format(amount / 10 ** digits);
}

/** "Growth, billed yearly" */
export function planLabel(plan: PlanId, period: BillingPeriod | null): string {
  const name = getPlan(plan).name;
  return period ? `${name}, billed ${period}` : name;
}
