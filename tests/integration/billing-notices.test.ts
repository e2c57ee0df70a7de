// /billing?error=… comes from redirects (the emailed /billing/portal link, Checkout's success URL),
// so anyone can craft it: the page shows only messages from a closed table of codes, never text
// from the URL (the same rule as /channels?error=, issue 12).
import { renderToStaticMarkup } from 'react-dom/server';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { billingNoticeMessage } from '@/lib/billing/billing-notices';
import { createWorkspaceWithOwner } from '../factories';
import { signInAs } from '../support/sign-in';
import { startStripeStandIn } from '../support/stripe-standin-server';

vi.mock('next/headers', async () => (await import('../support/mock-request')).nextHeadersMock());
vi.mock('next/cache', async () => (await import('../support/mock-request')).nextCacheMock());

let standIn: Awaited<ReturnType<typeof startStripeStandIn>>;
beforeAll(async () => {
  standIn = await startStripeStandIn();
});
afterAll(async () => standIn.close());

const { default: BillingPage } = await import('@/app/(app)/billing/page');
const { GET: portalRoute } = await import('@/app/(app)/billing/portal/route');
const { GET: checkoutCompleteRoute } = await import('@/app/(app)/billing/checkout-complete/route');

const render = async (query: Record<string, string>) => renderToStaticMarkup(await BillingPage({ params: Promise.resolve({}), searchParams: Promise.resolve(query) }));
const queryOf = (response: Response) => Object.fromEntries(new URL(response.headers.get('location')!).searchParams);

describe('notices on /billing', () => {
  it('maps codes to our own messages and ignores everything else', () => {
    expect(billingNoticeMessage('no_subscription')).toBe('There is no subscription to manage yet. Choose a plan first.');
    for (const error of ['Your card is blocked. Call +1 555 0100.', 'toString', '__proto__', '', undefined]) expect(billingNoticeMessage(error)).toBeNull();
  });

  it('the page never shows text from the URL', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner({ plan: 'trial' });
    await signInAs(owner.id, workspace.id);
    const phishing = await render({ error: 'Your card is blocked. Call +1 555 0100 now.' });
    expect(phishing).not.toContain('555 0100');
    expect(phishing).not.toContain('role="alert"');
    const real = await render({ error: 'no_subscription' });
    expect(real).toContain('role="alert"');
    expect(real).toContain('There is no subscription to manage yet. Choose a plan first.');
  });

  it('the portal link and the checkout success URL redirect with a code, not a sentence', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner({ plan: 'trial' });
    await signInAs(owner.id, workspace.id);
    expect(queryOf(await portalRoute(new NextRequest('http://localhost:3000/billing/portal')))).toEqual({ error: 'no_subscription' });
    expect(queryOf(await checkoutCompleteRoute(new NextRequest('http://localhost:3000/billing/checkout-complete?session_id=<script>')))).toEqual({ error: 'checkout_invalid' });
    expect(queryOf(await checkoutCompleteRoute(new NextRequest('http://localhost:3000/billing/checkout-complete?session_id=cs_test_nobody_has_this')))).toEqual({ error: 'checkout_not_found' });
  });
});
