// Billing against the Stripe stand-in through the real `stripe` SDK: checkout → subscription,
// trial end, payment failed → past_due → recovered, cancellation at period end, duplicate and
// out-of-order webhooks, unmatched customers and prices, and Stripe errors in words.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deliverStandInEvents, postStripeEvent, startStripeStandIn, takeStandInEvents } from '../support/stripe-standin-server';
import { createCheckoutSession } from '@/lib/billing/create-checkout-session';
import { createPortalSession } from '@/lib/billing/create-portal-session';
import { confirmCheckoutSession } from '@/lib/billing/confirm-checkout-session';
import { getWorkspaceBilling } from '@/lib/billing/get-workspace-billing';
import { getWorkspacePlan } from '@/lib/billing/get-workspace-plan';
import { cancelSubscriptionForClosedWorkspace } from '@/lib/billing/cancel-subscription-for-closed-workspace';
import { processStripeEvent } from '@/lib/billing/webhooks/process-stripe-event';
import { db } from '@/lib/db';
import { logger } from '@/lib/logger';
import { completeStandInCheckout } from '@/lib/stripe-standin/complete-standin-checkout';
import { advanceStandInSubscription } from '@/lib/stripe-standin/advance-standin-subscription';
import { cancelStandInSubscriptionNow, changeStandInPrice, setStandInCancelAtPeriodEnd } from '@/lib/stripe-standin/change-standin-subscription';
import { updateStandInCard } from '@/lib/stripe-standin/update-standin-card';
import { getStandIn } from '@/lib/stripe-standin/standin-store';
import { UNKNOWN_PRICE_ID } from '@/lib/stripe-standin/standin-catalogue';
import { emitStandInEvent } from '@/lib/stripe-standin/standin-events';
import { addMember, contextFor, createWorkspaceWithOwner } from '../factories';

let standIn: Awaited<ReturnType<typeof startStripeStandIn>>;
beforeAll(async () => {
  standIn = await startStripeStandIn();
});
afterAll(async () => standIn.close());
beforeEach(() => void takeStandInEvents());

async function ownerWorkspace() {
  const { workspace, owner } = await createWorkspaceWithOwner({ plan: 'trial' });
  await db.workspaceBilling.update({ where: { workspaceId: workspace.id }, data: { chosenPlan: 'growth', chosenPeriod: 'yearly' } });
  return { workspace, owner, ctx: await contextFor(owner.id, workspace.id) };
}

const sessionIdOf = (url: string) => url.split('/').at(-1)!;

async function subscribe(card: 'ok' | 'fails_later' = 'ok', plan: 'starter' | 'growth' | 'scale' = 'growth', period: 'monthly' | 'yearly' = 'yearly') {
  const setup = await ownerWorkspace();
  const { url } = await createCheckoutSession({ ctx: setup.ctx, plan, period });
  await completeStandInCheckout({ checkoutSessionId: sessionIdOf(url), card });
  const events = await deliverStandInEvents();
  const billing = await db.workspaceBilling.findUniqueOrThrow({ where: { workspaceId: setup.workspace.id } });
  return { ...setup, events, subscriptionId: billing.stripeSubscriptionId!, customerId: billing.stripeCustomerId! };
}

const emailsTo = (to: string, template: string) =>
  db.$queryRaw<{ data: Record<string, unknown> }[]>`select data from pgboss.job where name = 'send-email' and data->>'to' = ${to} and data->>'template' = ${template}`;

describe('checkout', () => {
  it('creates one customer per workspace and a subscription-mode session with tax ids and promotion codes', async () => {
    const { ctx, workspace } = await ownerWorkspace();
    const first = await createCheckoutSession({ ctx, plan: 'growth', period: 'yearly' });
    const second = await createCheckoutSession({ ctx, plan: 'starter', period: 'monthly' });
    expect(first.url).toMatch(/\/dev\/stripe\/checkout\/cs_test_/);
    const a = (await getStandIn('session', sessionIdOf(first.url)))!;
    const b = (await getStandIn('session', sessionIdOf(second.url)))!;
    expect(a.object.customer).toBe(b.object.customer);
    expect(a.object).toMatchObject({ mode: 'subscription', allow_promotion_codes: true, tax_id_collection: { enabled: true }, client_reference_id: workspace.id });
    expect(a.internal.priceId).toBe('price_standin_growth_yearly');
    expect(b.internal.priceId).toBe('price_standin_starter_monthly');
    const row = await db.workspaceBilling.findUniqueOrThrow({ where: { workspaceId: workspace.id } });
    expect(row.stripeCustomerId).toBe(a.object.customer);
    expect(row).toMatchObject({ chosenPlan: 'starter', chosenPeriod: 'monthly' });
  });

  it('checkout → webhooks → the workspace is on the paid plan, with a receipt email', async () => {
    const { workspace, owner, events } = await subscribe('ok', 'growth', 'yearly');
    expect(events.map((e) => e.type)).toEqual(['checkout.session.completed', 'customer.subscription.created', 'invoice.paid']);
    const { access, row } = await getWorkspaceBilling({ workspaceId: workspace.id });
    expect(access).toMatchObject({ state: 'active', canSend: true, hasLiveSubscription: true });
    expect(access.plan.id).toBe('growth');
    expect(row).toMatchObject({ plan: 'growth', period: 'yearly', subscriptionStatus: 'active', cancelAtPeriodEnd: false });
    expect(row.currentPeriodEnd!.getTime() - Date.now()).toBeGreaterThan(360 * 86_400_000);
    expect((await getWorkspacePlan({ workspaceId: workspace.id })).id).toBe('growth');
    const receipts = await emailsTo(owner.email, 'payment-receipt');
    expect(receipts).toHaveLength(1);
    expect(receipts[0]!.data.props).toMatchObject({ amount: '€790.00', planLabel: 'Growth, billed yearly', receiptUrl: expect.stringContaining('/dev/stripe/invoices/in_') });
    const statuses = await db.stripeEvent.findMany({ where: { id: { in: events.map((e) => e.id) } }, select: { status: true, workspaceId: true } });
    expect(statuses.every((s) => s.status === 'processed' && s.workspaceId === workspace.id)).toBe(true);
  });

  it('the success page confirms the session before any webhook arrives; another workspace cannot use the session id', async () => {
    const { ctx, workspace } = await ownerWorkspace();
    const { url } = await createCheckoutSession({ ctx, plan: 'scale', period: 'monthly' });
    await completeStandInCheckout({ checkoutSessionId: sessionIdOf(url), card: 'ok', promotionCode: 'launch20', taxId: 'DE123456789' });
    const other = await ownerWorkspace();
    await expect(confirmCheckoutSession({ ctx: other.ctx, checkoutSessionId: sessionIdOf(url) })).rejects.toMatchObject({ code: 'not_found' });
    expect((await getWorkspaceBilling({ workspaceId: other.workspace.id })).access.state).toBe('trialing');
    expect(await confirmCheckoutSession({ ctx, checkoutSessionId: sessionIdOf(url) })).toEqual({ status: 'active' });
    expect((await getWorkspacePlan({ workspaceId: workspace.id })).id).toBe('scale');
    const session = (await getStandIn('session', sessionIdOf(url)))!;
    expect(session.object).toMatchObject({ amount_total: 15920, customer_details: { tax_ids: [{ type: 'eu_vat', value: 'DE123456789' }] } });
  });

  it('the hosted page posts like Stripe’s: a declined card comes back with the reason, a good one goes to the success URL', async () => {
    const { ctx } = await ownerWorkspace();
    const { url } = await createCheckoutSession({ ctx, plan: 'starter', period: 'monthly' });
    const { POST } = await import('@/app/api/dev/stripe/[...path]/route');
    const pay = (fields: Record<string, string>) =>
      POST(new Request(`http://localhost:3000/api/dev/stripe/hosted/checkout/${sessionIdOf(url)}`, { method: 'POST', body: new URLSearchParams(fields) }), { params: Promise.resolve({ path: ['hosted', 'checkout', sessionIdOf(url)] }) });
    const declined = await pay({ card: 'declined' });
    expect(declined.status).toBe(303);
    expect(decodeURIComponent(declined.headers.get('location')!)).toContain('error=Your card was declined');
    const badCode = await pay({ card: 'ok', promotionCode: 'NOPE' });
    expect(decodeURIComponent(badCode.headers.get('location')!)).toContain('The promotion code NOPE is not valid');
    const paid = await pay({ card: 'ok' });
    expect(paid.headers.get('location')).toBe(`http://localhost:3000/billing/checkout-complete?session_id=${sessionIdOf(url)}`);
    expect((await pay({ card: 'ok' })).headers.get('location')).toContain('is%20complete%20already');
  });

  it('refuses a second checkout while subscribed, and non-owners', async () => {
    const { ctx, workspace } = await subscribe();
    await expect(createCheckoutSession({ ctx, plan: 'scale', period: 'yearly' })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('Manage subscription') });
    const admin = await addMember(workspace.id, 'admin');
    await expect(createCheckoutSession({ ctx: await contextFor(admin.id, workspace.id), plan: 'scale', period: 'yearly' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createPortalSession({ ctx: await contextFor(admin.id, workspace.id) })).rejects.toMatchObject({ code: 'forbidden' });
    const portal = await createPortalSession({ ctx });
    expect(portal.url).toMatch(/\/dev\/stripe\/portal\/bps_/);
  });
});

describe('trial', () => {
  it('runs 14 days from sign-up, then sending pauses until a plan is paid', async () => {
    const { workspace } = await ownerWorkspace();
    const { access, row } = await getWorkspaceBilling({ workspaceId: workspace.id });
    expect(access).toMatchObject({ state: 'trialing', canSend: true, trialDaysLeft: 14 });
    expect(access.plan.id).toBe('trial');
    const later = await getWorkspaceBilling({ workspaceId: workspace.id, now: new Date(row.trialEndsAt.getTime() + 1) });
    expect(later.access).toMatchObject({ state: 'trial_expired', canSend: false });
  });
});

describe('payment failures', () => {
  it('failed renewal → past_due (still sending) with a portal-link email → card updated → active again', async () => {
    const { workspace, owner, subscriptionId, customerId } = await subscribe('fails_later', 'starter', 'monthly');
    expect(await advanceStandInSubscription({ subscriptionId })).toEqual({ outcome: 'payment_failed' });
    const failedEvents = await deliverStandInEvents();
    expect(failedEvents.map((e) => e.type)).toEqual(['invoice.payment_failed', 'customer.subscription.updated']);
    let billing = await getWorkspaceBilling({ workspaceId: workspace.id });
    expect(billing.access).toMatchObject({ state: 'past_due', canSend: true });
    const failed = await emailsTo(owner.email, 'payment-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.data.props).toMatchObject({ amount: '€29.00', portalUrl: 'http://localhost:3000/billing/portal', nextAttemptOn: expect.any(String) });

    expect(await updateStandInCard({ customerId, card: 'ok' })).toEqual({ retried: 'recovered' });
    await deliverStandInEvents();
    billing = await getWorkspaceBilling({ workspaceId: workspace.id });
    expect(billing.access).toMatchObject({ state: 'active', canSend: true });
    expect(await emailsTo(owner.email, 'payment-receipt')).toHaveLength(2);
  });

  it('after the last failed retry the subscription is unpaid and sending pauses', async () => {
    const { workspace, subscriptionId } = await subscribe('fails_later', 'starter', 'monthly');
    await advanceStandInSubscription({ subscriptionId });
    await advanceStandInSubscription({ subscriptionId });
    expect(await advanceStandInSubscription({ subscriptionId })).toEqual({ outcome: 'unpaid' });
    await deliverStandInEvents();
    expect((await getWorkspaceBilling({ workspaceId: workspace.id })).access).toMatchObject({ state: 'unpaid', canSend: false });
  });
});

describe('cancellation', () => {
  it('cancel at period end keeps the plan until the end, then the workspace is read-only; two emails', async () => {
    const { workspace, owner, subscriptionId } = await subscribe();
    await setStandInCancelAtPeriodEnd({ subscriptionId, cancel: true });
    await deliverStandInEvents();
    let billing = await getWorkspaceBilling({ workspaceId: workspace.id });
    expect(billing.access).toMatchObject({ state: 'active', canSend: true });
    expect(billing.row.cancelAtPeriodEnd).toBe(true);
    expect(await emailsTo(owner.email, 'subscription-cancelled')).toHaveLength(1);

    expect(await advanceStandInSubscription({ subscriptionId })).toEqual({ outcome: 'canceled' });
    await deliverStandInEvents();
    billing = await getWorkspaceBilling({ workspaceId: workspace.id });
    expect(billing.access).toMatchObject({ state: 'canceled', canSend: false, hasLiveSubscription: false });
    expect(billing.access.plan.id).toBe('trial');
    const emails = await emailsTo(owner.email, 'subscription-cancelled');
    expect(emails.map((e) => (e.data.props as { ended: boolean }).ended).sort()).toEqual([false, true]);
  });

  it('a closed workspace cancels its subscription at once; without one it is a no-op', async () => {
    const { workspace, subscriptionId } = await subscribe();
    await cancelSubscriptionForClosedWorkspace({ workspaceId: workspace.id });
    expect((await getStandIn('subscription', subscriptionId))!.object.status).toBe('canceled');
    expect((await db.workspaceBilling.findUniqueOrThrow({ where: { workspaceId: workspace.id } })).subscriptionStatus).toBe('canceled');
    await cancelSubscriptionForClosedWorkspace({ workspaceId: workspace.id });
    const none = await ownerWorkspace();
    await expect(cancelSubscriptionForClosedWorkspace({ workspaceId: none.workspace.id })).resolves.toBeUndefined();
  });
});

describe('webhook delivery', () => {
  it('processes a redelivered event once', async () => {
    const { workspace, owner, subscriptionId } = await subscribe();
    await setStandInCancelAtPeriodEnd({ subscriptionId, cancel: true });
    const [event] = takeStandInEvents();
    const first = await postStripeEvent(event!);
    const second = await postStripeEvent(event!);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await second.json()).toEqual({ received: true, duplicate: true });
    expect(await db.stripeEvent.count({ where: { id: event!.id } })).toBe(1);
    await processStripeEvent({ eventId: event!.id, attempt: 1, maxAttempts: 9, log: logger });
    await processStripeEvent({ eventId: event!.id, attempt: 2, maxAttempts: 9, log: logger });
    expect(await db.stripeEvent.findUnique({ where: { id: event!.id }, select: { status: true, attempts: true } })).toEqual({ status: 'processed', attempts: 1 });
    expect(await emailsTo(owner.email, 'subscription-cancelled')).toHaveLength(1);
    expect((await getWorkspaceBilling({ workspaceId: workspace.id })).row.cancelAtPeriodEnd).toBe(true);
  });

  it('out of order: a late "updated (active)" after "deleted" leaves the workspace cancelled', async () => {
    const { workspace, subscriptionId } = await subscribe();
    await setStandInCancelAtPeriodEnd({ subscriptionId, cancel: true });
    await cancelStandInSubscriptionNow({ subscriptionId });
    const [updated, deleted] = takeStandInEvents();
    expect([updated!.type, deleted!.type]).toEqual(['customer.subscription.updated', 'customer.subscription.deleted']);
    await deliverStandInEvents([deleted!, updated!]);
    expect((await getWorkspaceBilling({ workspaceId: workspace.id })).access.state).toBe('canceled');
    // Even a payload claiming "active" is only a pointer: the state is re-read from Stripe.
    const forged = { ...updated!, id: 'evt_late_forged_active', data: { object: { ...(updated!.data as { object: object }).object, status: 'active', cancel_at_period_end: false } } };
    await deliverStandInEvents([forged]);
    expect((await getWorkspaceBilling({ workspaceId: workspace.id })).access.state).toBe('canceled');
  });

  it('refuses unsigned, mis-signed, tampered and stale (replayed) deliveries with 400 and stores nothing', async () => {
    const { subscriptionId } = await subscribe();
    await setStandInCancelAtPeriodEnd({ subscriptionId, cancel: true });
    const [event] = takeStandInEvents();
    const { POST } = await import('@/app/api/webhooks/stripe/route');
    const unsigned = await POST(new Request('http://localhost:3000/api/webhooks/stripe', { method: 'POST', body: JSON.stringify(event) }));
    const wrongSecret = await postStripeEvent(event!, { secret: 'whsec_not_the_right_one' });
    const tampered = await postStripeEvent(event!, { tamper: true });
    const stale = await postStripeEvent(event!, { timestamp: Math.floor(Date.now() / 1000) - 301 });
    const garbage = await POST(new Request('http://localhost:3000/api/webhooks/stripe', { method: 'POST', headers: { 'stripe-signature': 't=1,v1=abc' }, body: 'not json' }));
    for (const response of [unsigned, wrongSecret, tampered, stale, garbage]) expect(response.status).toBe(400);
    expect(await stale.json()).toMatchObject({ message: expect.stringContaining('300 seconds') });
    expect(await db.stripeEvent.count({ where: { id: event!.id } })).toBe(0);
    // Within the tolerance the same event is accepted.
    expect((await postStripeEvent(event!, { timestamp: Math.floor(Date.now() / 1000) - 200 })).status).toBe(200);
  });

  it('stores events for unknown customers and prices as unmatched, changing nothing', async () => {
    const { workspace, subscriptionId } = await subscribe();
    const stranger = await emitStandInEvent('customer.subscription.updated', { id: 'sub_unknown', object: 'subscription', customer: 'cus_nobody_knows' });
    await deliverStandInEvents([takeStandInEvents()[0]!]);
    expect(await db.stripeEvent.findUnique({ where: { id: stranger.id }, select: { status: true, error: true } })).toEqual({ status: 'unmatched', error: 'no workspace has Stripe customer cus_nobody_knows' });

    await changeStandInPrice({ subscriptionId, priceId: UNKNOWN_PRICE_ID }).catch(() => undefined);
    const events = takeStandInEvents();
    await deliverStandInEvents(events);
    const updated = events.find((e) => e.type === 'customer.subscription.updated')!;
    expect(await db.stripeEvent.findUnique({ where: { id: updated.id }, select: { status: true, error: true, workspaceId: true } })).toEqual({
      status: 'unmatched', workspaceId: workspace.id, error: expect.stringContaining(`unknown price ${UNKNOWN_PRICE_ID}`),
    });
    expect((await getWorkspaceBilling({ workspaceId: workspace.id })).row).toMatchObject({ plan: 'growth', period: 'yearly' });
  });

  it('ignores event types Relaydesk does not use', async () => {
    const event = await emitStandInEvent('customer.updated', { id: 'cus_x', object: 'customer' });
    await deliverStandInEvents([takeStandInEvents()[0]!]);
    expect((await db.stripeEvent.findUnique({ where: { id: event.id } }))!.status).toBe('ignored');
  });
});

describe('Stripe failures in words', () => {
  it('Stripe unreachable → an unavailable error saying nothing was charged', async () => {
    const { ctx } = await ownerWorkspace();
    await standIn.close();
    try {
      await expect(createCheckoutSession({ ctx, plan: 'growth', period: 'monthly' })).rejects.toMatchObject({ code: 'unavailable', message: expect.stringMatching(/could not reach Stripe.*Nothing was charged/) });
    } finally {
      await new Promise<void>((resolve) => standIn.server.listen(Number(new URL(standIn.url).port), '127.0.0.1', resolve));
    }
  }, 30_000);
});

