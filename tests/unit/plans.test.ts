import { describe, expect, it } from 'vitest';
import { formatEuros, yearlyMonthlyEquivalentCents } from '@/lib/billing/format-price';
import { getPlan, planSchema, plans } from '@/lib/billing/plans';

describe('billing plans', () => {
  it('are valid, unique and ordered by price', () => {
    for (const plan of plans) expect(planSchema.safeParse(plan).success, plan.id).toBe(true);
    expect(new Set(plans.map((p) => p.id)).size).toBe(plans.length);
    const prices = plans.map((p) => p.monthlyPriceCents);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(plans.filter((p) => p.highlighted)).toHaveLength(1);
  });

  it('name distinct Stripe price variables for every paid plan and period', () => {
    const names = plans.flatMap((p) => (p.stripePriceEnv ? [p.stripePriceEnv.monthly, p.stripePriceEnv.yearly] : []));
    expect(names).toHaveLength(6);
    expect(new Set(names).size).toBe(names.length);
    expect(getPlan('trial').stripePriceEnv).toBeNull();
  });

  it('rejects inconsistent definitions', () => {
    const growth = getPlan('growth');
    expect(planSchema.safeParse({ ...growth, stripePriceEnv: null }).success).toBe(false);
    expect(planSchema.safeParse({ ...growth, yearlyPriceCents: growth.monthlyPriceCents * 12 }).success).toBe(false);
    expect(planSchema.safeParse({ ...growth, seats: 0 }).success).toBe(false);
    expect(planSchema.safeParse({ ...growth, monthlyPriceCents: 79.5 }).success).toBe(false);
    expect(planSchema.safeParse({ ...growth, stripePriceEnv: { monthly: 'price_123', yearly: 'STRIPE_PRICE_X' } }).success).toBe(false);
    expect(planSchema.safeParse({ ...growth, extra: true }).success).toBe(false);
  });

  it('formats euro prices and yearly equivalents', () => {
    expect(formatEuros(2900)).toBe('€29');
    expect(formatEuros(2417)).toBe('€24.17');
    expect(yearlyMonthlyEquivalentCents(getPlan('starter'))).toBe(2417);
    expect(yearlyMonthlyEquivalentCents(getPlan('trial'))).toBeNull();
  });
});
