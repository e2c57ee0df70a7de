// When a workspace is closed (lib/privacy), its Stripe subscription is cancelled IMMEDIATELY, not
// at the period end: nothing is billed for a workspace that no longer exists, and no renewal can
// happen while its data is being erased. The current period is not refunded (Terms §7: fees
// already paid are not refunded). No-op without a live subscription. Contract shared with
// lib/privacy: keep the name and signature.
import { db } from '../db';
import { logger } from '../logger';
import { applyStripeSubscription } from './apply-stripe-subscription';
import { isStripeError } from './stripe-error';
import { stripeClient } from './stripe-client';

const ENDED = new Set(['canceled', 'incomplete_expired']);

export async function cancelSubscriptionForClosedWorkspace({ workspaceId }: { workspaceId: string }): Promise<void> {
  const row = await db.workspaceBilling.findUnique({ where: { workspaceId }, select: { stripeSubscriptionId: true, subscriptionStatus: true } });
  if (!row?.stripeSubscriptionId || (row.subscriptionStatus && ENDED.has(row.subscriptionStatus))) return;
  const stripe = stripeClient();
  try {
    const subscription = await stripe.subscriptions.cancel(row.stripeSubscriptionId, { invoice_now: false, prorate: false });
    await applyStripeSubscription({ workspaceId, subscription });
  } catch (error) {
    // Already gone at Stripe (deleted or cancelled from the Dashboard): nothing left to stop.
    if (isStripeError(error) && (error.code === 'resource_missing' || /canceled subscription/i.test(error.message))) {
      logger.info({ workspaceId }, 'subscription already cancelled at Stripe');
      await db.workspaceBilling.update({ where: { workspaceId }, data: { subscriptionStatus: 'canceled', cancelAtPeriodEnd: false, syncedAt: new Date() } });
      return;
    }
    // Anything else (Stripe unreachable) must fail loudly: the caller's job retries, so a
    // closed workspace never keeps a paid subscription running by accident.
    throw error;
  }
}
