// In production (without DEV_TOOLS_IN_PRODUCTION) the Stripe stand-in does not exist: its /v1 API,
// hosted pages and actions answer 404, whatever key a caller presents.
import { beforeAll, describe, expect, it } from 'vitest';
import { stubProductionEnv } from '../support/production-env';
import { productionStripe } from '../support/stripe-env';

// This file's lib/env has not been read yet, so it picks these up on first use.
beforeAll(() => stubProductionEnv());

const expectNotFound = async (render: () => Promise<unknown>) => {
  await expect(render()).rejects.toMatchObject({ digest: expect.stringContaining('404') });
};

describe('Stripe stand-in in production', () => {
  it('answers 404 on its API, even with the right key', async () => {
    const { GET, POST, DELETE } = await import('@/app/api/dev/stripe/[...path]/route');
    const auth = { authorization: `Bearer ${productionStripe.STRIPE_SECRET_KEY}` };
    const ctx = (path: string[]) => ({ params: Promise.resolve({ path }) });
    const responses = await Promise.all([
      POST(new Request('http://localhost:3000/v1/customers', { method: 'POST', headers: auth, body: 'name=x' }), ctx(['v1', 'customers'])),
      GET(new Request('http://localhost:3000/v1/subscriptions/sub_1', { headers: auth }), ctx(['v1', 'subscriptions', 'sub_1'])),
      DELETE(new Request('http://localhost:3000/v1/subscriptions/sub_1', { method: 'DELETE', headers: auth }), ctx(['v1', 'subscriptions', 'sub_1'])),
    ]);
    expect(responses.map((r) => r.status)).toEqual([404, 404, 404]);
  });

  it('renders no hosted page and runs no action', async () => {
    const params = (id: string) => ({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) });
    const { default: Panel } = await import('@/app/dev/stripe/page');
    const { default: Checkout } = await import('@/app/dev/stripe/checkout/[id]/page');
    const { default: Portal } = await import('@/app/dev/stripe/portal/[id]/page');
    const { default: Invoice } = await import('@/app/dev/stripe/invoices/[id]/page');
    await expectNotFound(() => Panel());
    await expectNotFound(() => Checkout(params('cs_test_x')));
    await expectNotFound(() => Portal(params('bps_x')));
    await expectNotFound(() => Invoice(params('in_x')));
    const { endTrialNowForDevelopment } = await import('@/lib/billing/end-trial-now');
    await expect(endTrialNowForDevelopment({ workspaceId: crypto.randomUUID() })).rejects.toMatchObject({ code: 'not_found' });
    const { assertStandInActive } = await import('@/lib/stripe-standin/standin-active');
    expect(() => assertStandInActive()).toThrow(/Not found/);
  });

  it('uses real Stripe: the configured key and prices, no redirected host', async () => {
    const { billingConfig } = await import('@/lib/billing/billing-config');
    expect(billingConfig()).toMatchObject({ mode: 'stripe', api: null, secretKey: productionStripe.STRIPE_SECRET_KEY, prices: { growth: { yearly: 'price_growth_yearly' } } });
  });
});
