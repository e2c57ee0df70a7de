// The owner returns from Checkout (/billing?checkout=success&session_id=…) usually before the
// webhook arrives: read the session and its subscription from Stripe now, so the page shows the
// new plan at once. The webhook does the same later; both are idempotent re-reads.
import { AppError } from '../errors';
import type { WorkspaceContext } from '../workspaces/context';
import { applyStripeSubscription } from './apply-stripe-subscription';
import { billingError } from './billing-notices';
import { stripeClient } from './stripe-client';
import { isStripeError, withStripe } from './stripe-error';

export async function confirmCheckoutSession(options: { ctx: Pick<WorkspaceContext, 'workspace' | 'can'>; checkoutSessionId: string }): Promise<{ status: 'active' | 'pending' }> {
  const { ctx } = options;
  if (!ctx.can('billing.manage')) throw new AppError('forbidden', 'Only workspace owners can manage billing.');
  const stripe = stripeClient();
  const session = await withStripe('confirm the payment', () =>
    stripe.checkout.sessions.retrieve(options.checkoutSessionId).catch((error: unknown) => {
      if (isStripeError(error) && error.code === 'resource_missing') throw billingError('not_found', 'checkout_not_found');
      throw error;
    }),
  );
  // Another workspace's session id is "not found", never applied here.
  if (session.client_reference_id !== ctx.workspace.id) throw billingError('not_found', 'checkout_not_found');
  const subscriptionId = typeof session.subscription === 'string' ? session.subscription : session.subscription?.id;
  if (session.status !== 'complete' || !subscriptionId) return { status: 'pending' };
  const subscription = await withStripe('confirm the payment', () => stripe.subscriptions.retrieve(subscriptionId));
  const applied = await applyStripeSubscription({ workspaceId: ctx.workspace.id, subscription });
  return { status: applied.outcome === 'applied' ? 'active' : 'pending' };
}
