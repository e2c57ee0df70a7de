// Writes a subscription AS JUST READ FROM STRIPE onto the workspace's billing row. Callers
// always re-read it (subscriptions.retrieve) instead of trusting an event's payload, so events
// that arrive late or out of order cannot roll the state back: the last write is Stripe's
// current truth. Runs under a row lock so the transition it reports (for emails) is exact.
import type Stripe from 'stripe';
import { db } from '../db';
import { planOfPrice } from './price-plan';
import { ensureWorkspaceBillingRow } from './get-workspace-billing';
import type { BillingPeriod, PaidPlanId } from './plans';

const LIVE = new Set(['active', 'trialing', 'past_due', 'unpaid', 'paused']);

export type SubscriptionTransition = {
  outcome: 'applied' | 'unknown_price' | 'stale';
  priceId: string | null;
  before: { subscriptionId: string | null; status: string | null; cancelAtPeriodEnd: boolean; plan: string | null };
  after: { subscriptionId: string; status: string; cancelAtPeriodEnd: boolean; plan: PaidPlanId | null; period: BillingPeriod | null; periodEnd: Date | null };
};

function customerIdOf(subscription: Stripe.Subscription): string {
  return typeof subscription.customer === 'string' ? subscription.customer : subscription.customer.id;
}

export async function applyStripeSubscription(options: { workspaceId: string; subscription: Stripe.Subscription }): Promise<SubscriptionTransition> {
  const { workspaceId, subscription } = options;
  const item = subscription.items.data[0];
  const priceId = item?.price.id ?? null;
  const mapped = priceId ? planOfPrice(priceId) : null;
  const periodEnd = item?.current_period_end ? new Date(item.current_period_end * 1000) : null;
  // "Cancel at period end" is either flag Stripe uses for a scheduled cancellation.
  const cancelAtPeriodEnd = subscription.status !== 'canceled' && (subscription.cancel_at_period_end || subscription.cancel_at !== null);
  const after = { subscriptionId: subscription.id, status: subscription.status, cancelAtPeriodEnd, plan: mapped?.plan ?? null, period: mapped?.period ?? null, periodEnd };

  await ensureWorkspaceBillingRow(workspaceId);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`select 1 from "WorkspaceBilling" where "workspaceId" = ${workspaceId}::uuid for update`;
    const row = await tx.workspaceBilling.findUniqueOrThrow({
      where: { workspaceId },
      select: { stripeSubscriptionId: true, subscriptionStatus: true, cancelAtPeriodEnd: true, plan: true, stripeCustomerId: true },
    });
    const before = { subscriptionId: row.stripeSubscriptionId, status: row.subscriptionStatus, cancelAtPeriodEnd: row.cancelAtPeriodEnd, plan: row.plan };
    if (!mapped) return { outcome: 'unknown_price' as const, priceId, before, after };
    // An old subscription's late event must not replace the live one the workspace has now.
    const replacingLive = row.stripeSubscriptionId && row.stripeSubscriptionId !== subscription.id && row.subscriptionStatus && LIVE.has(row.subscriptionStatus);
    if (replacingLive && !LIVE.has(subscription.status)) return { outcome: 'stale' as const, priceId, before, after };
    await tx.workspaceBilling.update({
      where: { workspaceId },
      data: {
        stripeCustomerId: row.stripeCustomerId ?? customerIdOf(subscription),
        stripeSubscriptionId: subscription.id,
        subscriptionStatus: subscription.status,
        plan: mapped.plan,
        period: mapped.period,
        stripePriceId: priceId,
        currentPeriodEnd: periodEnd,
        cancelAtPeriodEnd,
        canceledAt: subscription.canceled_at ? new Date(subscription.canceled_at * 1000) : null,
        syncedAt: new Date(),
        // The owner's latest choice is what the next checkout offers.
        chosenPlan: mapped.plan,
        chosenPeriod: mapped.period,
      },
    });
    return { outcome: 'applied' as const, priceId, before, after };
  });
}
