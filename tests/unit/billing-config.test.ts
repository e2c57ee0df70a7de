// Billing configuration and boundaries: Stripe env rules, the sub-processor list, the plan choice
// from /pricing, Stripe's request encoding as the stand-in decodes it, and plan ⇄ env names.
import { describe, expect, it } from 'vitest';
import { chosenPlanFromQuery, planOptionSchema } from '@/lib/billing/billing.schema';
import { plans } from '@/lib/billing/plans';
import { stripeEnvProblems, stripeEnvShape, stripePriceEnvNames, usesRealStripe } from '@/lib/billing/stripe-env';
import { deriveSubProcessors } from '@/lib/legal/sub-processors';
import { decodeStripeForm } from '@/lib/stripe-standin/decode-stripe-form';
import { productionStripe } from '../support/stripe-env';

const hosting = { hostingProvider: 'Hetzner Online GmbH', hostingRegion: 'Germany (EU)' };
const names = (source: Record<string, string | undefined>) => stripeEnvProblems(source).map((p) => p.name).sort();

describe('Stripe environment', () => {
  it('development and tests need nothing: the stand-in serves Stripe', () => {
    expect(stripeEnvProblems({})).toEqual([]);
    expect(stripeEnvProblems({ NODE_ENV: 'test', STRIPE_API_BASE: 'http://127.0.0.1:5000' })).toEqual([]);
  });

  it('production requires the key, the webhook secret and every price; the stand-in only with dev tools', () => {
    expect(names({ NODE_ENV: 'production' })).toEqual(['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', ...stripePriceEnvNames].sort());
    expect(stripeEnvProblems({ NODE_ENV: 'production', ...productionStripe })).toEqual([]);
    expect(names({ NODE_ENV: 'production', ...productionStripe, STRIPE_API_BASE: 'http://localhost:3000' })).toEqual(['STRIPE_API_BASE']);
    expect(stripeEnvProblems({ NODE_ENV: 'production', DEV_TOOLS_IN_PRODUCTION: 'true' })).toEqual([]);
  });

  it('a real key anywhere brings its webhook secret and prices with it', () => {
    expect(names({ STRIPE_SECRET_KEY: 'sk_test_abc' })).toEqual(['STRIPE_WEBHOOK_SECRET', ...stripePriceEnvNames].sort());
    expect(stripeEnvProblems({ STRIPE_SECRET_KEY: 'sk_test_abc', STRIPE_API_BASE: 'http://localhost:3000' })).toEqual([]);
  });

  it('names exactly the price variables the plans declare', () => {
    const declared = plans.flatMap((p) => (p.stripePriceEnv ? [p.stripePriceEnv.monthly, p.stripePriceEnv.yearly] : []));
    expect(Object.keys(stripeEnvShape).filter((k) => k.startsWith('STRIPE_PRICE_')).sort()).toEqual([...declared].sort());
    expect(stripeEnvShape.STRIPE_SECRET_KEY.safeParse('pk_live_abc').success).toBe(false);
    expect(stripeEnvShape.STRIPE_WEBHOOK_SECRET.safeParse('whsec_abc').success).toBe(true);
  });

  it('lists Stripe as a sub-processor only when billing really uses Stripe', () => {
    const subs = (source: Record<string, string>) => deriveSubProcessors(source, hosting).map((s) => s.name);
    expect(subs({ STRIPE_SECRET_KEY: 'sk_live_x' })).toContain('Stripe Payments Europe Ltd.');
    expect(subs({})).not.toContain('Stripe Payments Europe Ltd.');
    expect(subs({ STRIPE_API_BASE: 'http://localhost:3000', STRIPE_SECRET_KEY: 'sk_test_relaydesk_standin' })).not.toContain('Stripe Payments Europe Ltd.');
    expect(subs({ STRIPE_PRICE_GROWTH_MONTHLY: 'price_x' })).not.toContain('Stripe Payments Europe Ltd.');
    expect(usesRealStripe({ STRIPE_SECRET_KEY: ' ' })).toBe(false);
  });
});

describe('the plan chosen on /pricing', () => {
  it('survives as a valid choice, defaulting to Growth monthly', () => {
    expect(chosenPlanFromQuery({ plan: 'growth', period: 'yearly' })).toEqual({ plan: 'growth', period: 'yearly' });
    expect(chosenPlanFromQuery({})).toEqual({ plan: 'growth', period: 'monthly' });
    expect(chosenPlanFromQuery({ plan: ['scale', 'starter'], period: 'weekly' })).toEqual({ plan: 'scale', period: 'monthly' });
    expect(chosenPlanFromQuery({ plan: 'trial' })).toEqual({ plan: 'growth', period: 'monthly' });
    expect(planOptionSchema.parse('starter:yearly')).toEqual({ plan: 'starter', period: 'yearly' });
    expect(planOptionSchema.parse('<script>')).toEqual({ plan: 'growth', period: 'monthly' });
  });
});

describe('Stripe form encoding (stand-in)', () => {
  it('decodes bracketed keys into objects and indexed arrays, as the SDK encodes them', () => {
    const params = new URLSearchParams('mode=subscription&line_items[0][price]=price_1&line_items[0][quantity]=1&metadata[workspaceId]=w1&expand[0]=a&expand[1]=b&tax_id_collection[enabled]=true&customer_update[name]=auto');
    expect(decodeStripeForm(params)).toEqual({
      mode: 'subscription', line_items: [{ price: 'price_1', quantity: '1' }], metadata: { workspaceId: 'w1' }, expand: ['a', 'b'],
      tax_id_collection: { enabled: 'true' }, customer_update: { name: 'auto' },
    });
  });

  it('ignores prototype-polluting and malformed keys', () => {
    const decoded = decodeStripeForm(new URLSearchParams('__proto__[polluted]=1&a[constructor][x]=2&b]=3&ok=yes'));
    expect(decoded).toEqual({ ok: 'yes' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
