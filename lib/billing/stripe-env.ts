// The Stripe variables, validated with the rest of the environment (lib/env.ts). Kept apart so
// the rules read in one place: real keys → Stripe; no keys outside production (or
// STRIPE_API_BASE set) → the built-in stand-in (lib/stripe-standin); production without dev tools
// must have real keys, the webhook secret and every plan's prices, or it refuses to start.
import { z } from 'zod';
import { plans } from './plans';

const bool = (v: string | undefined) => v === 'true' || v === '1';

/** Every STRIPE_PRICE_… variable the plans name, in plan order. */
export const stripePriceEnvNames: readonly string[] = plans.flatMap((p) => (p.stripePriceEnv ? [p.stripePriceEnv.monthly, p.stripePriceEnv.yearly] : []));

const priceId = z.string().regex(/^price_[A-Za-z0-9_]+$/, 'must be a Stripe price id (price_…) from Products → Pricing');

export const stripeEnvShape = {
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9_]+$/, 'must be a Stripe secret key (sk_live_… / sk_test_…) or restricted key (rk_…)')
    .optional(),
  STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_[A-Za-z0-9_]+$/, 'must be the webhook endpoint signing secret (whsec_…)').optional(),
  /** Sends the Stripe SDK to this origin instead of api.stripe.com: the stand-in (dev tools only). */
  STRIPE_API_BASE: z.url({ protocol: /^https?$/, message: 'must be an http(s) origin such as http://localhost:3000' }).optional(),
  // Spelled out (not generated from plans.ts) so Env stays precisely typed; a unit test keeps
  // them equal to the plans' stripePriceEnv names.
  STRIPE_PRICE_STARTER_MONTHLY: priceId.optional(),
  STRIPE_PRICE_STARTER_YEARLY: priceId.optional(),
  STRIPE_PRICE_GROWTH_MONTHLY: priceId.optional(),
  STRIPE_PRICE_GROWTH_YEARLY: priceId.optional(),
  STRIPE_PRICE_SCALE_MONTHLY: priceId.optional(),
  STRIPE_PRICE_SCALE_YEARLY: priceId.optional(),
};

/** Cross-field rules zod's object shape cannot state; reported with every other env problem. */
export function stripeEnvProblems(source: Record<string, string | undefined>): { name: string; message: string }[] {
  const problems: { name: string; message: string }[] = [];
  const devTools = source.NODE_ENV !== 'production' || bool(source.DEV_TOOLS_IN_PRODUCTION);
  if (source.STRIPE_API_BASE && !devTools) {
    problems.push({ name: 'STRIPE_API_BASE', message: 'points Stripe at the stand-in, a development tool; unset it in production' });
  }
  // Real Stripe is in use when a key is given and the SDK is not redirected to the stand-in.
  const realStripe = Boolean(source.STRIPE_SECRET_KEY) && !source.STRIPE_API_BASE;
  if (realStripe || !devTools) {
    const why = realStripe ? 'required with STRIPE_SECRET_KEY' : 'required in production: billing runs through Stripe';
    for (const name of ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', ...stripePriceEnvNames]) {
      if (!source[name]) problems.push({ name, message: `${why} (see .env.example and README "Billing")` });
    }
  }
  return problems;
}

/** Stripe is in use — and a sub-processor on the legal pages — only with a key and no stand-in. */
export function usesRealStripe(source: Record<string, string | undefined>): boolean {
  return Boolean(source.STRIPE_SECRET_KEY?.trim()) && !source.STRIPE_API_BASE?.trim();
}
