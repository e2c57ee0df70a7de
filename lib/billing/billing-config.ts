// Where billing talks to: Stripe itself, or the built-in stand-in (lib/stripe-standin) that
// serves Stripe's API from this app for offline development and tests. The app code is the same
// either way — the real `stripe` SDK, only its host/port/protocol differ (README "Billing").
import { devToolsEnabled } from '../config/dev-tools-enabled';
import { env, type Env } from '../env';
import type { BillingPeriod, PaidPlanId } from './plans';

/** Published defaults of the stand-in: test values that only ever work against it. */
export const STANDIN_SECRET_KEY = 'sk_test_relaydesk_standin';
export const STANDIN_WEBHOOK_SECRET = 'whsec_relaydesk_standin_0123456789';
export const standInPriceId = (plan: PaidPlanId, period: BillingPeriod) => `price_standin_${plan}_${period}`;

export type PriceTable = Record<PaidPlanId, Record<BillingPeriod, string>>;

export type BillingConfig = {
  mode: 'stripe' | 'standin';
  secretKey: string;
  webhookSecret: string;
  /** null = api.stripe.com */
  api: { host: string; port: number; protocol: 'http' | 'https'; origin: string } | null;
  prices: PriceTable;
};

function priceTable(e: Env, fallback: (plan: PaidPlanId, period: BillingPeriod) => string): PriceTable {
  const pick = (value: string | undefined, plan: PaidPlanId, period: BillingPeriod) => value ?? fallback(plan, period);
  return {
    starter: { monthly: pick(e.STRIPE_PRICE_STARTER_MONTHLY, 'starter', 'monthly'), yearly: pick(e.STRIPE_PRICE_STARTER_YEARLY, 'starter', 'yearly') },
    growth: { monthly: pick(e.STRIPE_PRICE_GROWTH_MONTHLY, 'growth', 'monthly'), yearly: pick(e.STRIPE_PRICE_GROWTH_YEARLY, 'growth', 'yearly') },
    scale: { monthly: pick(e.STRIPE_PRICE_SCALE_MONTHLY, 'scale', 'monthly'), yearly: pick(e.STRIPE_PRICE_SCALE_YEARLY, 'scale', 'yearly') },
  };
}

function apiOf(origin: string): NonNullable<BillingConfig['api']> {
  const url = new URL(origin);
  const protocol = url.protocol === 'https:' ? 'https' : 'http';
  return { host: url.hostname, port: Number(url.port || (protocol === 'https' ? 443 : 80)), protocol, origin: url.origin };
}

/**
 * Real Stripe when a secret key is set and the SDK is not redirected; otherwise the stand-in,
 * which only exists where dev tools do (lib/env.ts refuses a production start without keys).
 */
export function billingConfig(): BillingConfig {
  const e = env();
  if (e.STRIPE_SECRET_KEY && !e.STRIPE_API_BASE) {
    // stripeEnvProblems made every price and the webhook secret required alongside the key.
    return { mode: 'stripe', secretKey: e.STRIPE_SECRET_KEY, webhookSecret: e.STRIPE_WEBHOOK_SECRET!, api: null, prices: priceTable(e, () => '') };
  }
  if (!devToolsEnabled()) throw new Error('Billing needs STRIPE_SECRET_KEY in production (lib/env.ts should have refused to start).');
  return {
    mode: 'standin',
    secretKey: e.STRIPE_SECRET_KEY ?? STANDIN_SECRET_KEY,
    webhookSecret: e.STRIPE_WEBHOOK_SECRET ?? STANDIN_WEBHOOK_SECRET,
    api: apiOf(e.STRIPE_API_BASE ?? e.APP_URL),
    prices: priceTable(e, standInPriceId),
  };
}
