// Starts Stripe Checkout for a plan: subscription mode, the workspace's one customer, tax id
// collection (EU businesses enter their VAT number for reverse charge) and promotion codes.
// A workspace with a live subscription changes plan in the Customer Portal instead, so it can
// never end up paying for two subscriptions.
import { recordAudit } from '../audit/record-audit';
import { db } from '../db';
import { env } from '../env';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import type { WorkspaceContext } from '../workspaces/context';
import { ensureStripeCustomer } from './ensure-stripe-customer';
import { getWorkspaceBilling } from './get-workspace-billing';
import { priceOfPlan } from './price-plan';
import type { BillingPeriod, PaidPlanId } from './plans';
import { stripeClient } from './stripe-client';
import { withStripe } from './stripe-error';

type Ctx = Pick<WorkspaceContext, 'workspace' | 'user' | 'can'>;

export async function createCheckoutSession(options: { ctx: Ctx; plan: PaidPlanId; period: BillingPeriod; meta?: Partial<RequestMeta> }): Promise<{ url: string }> {
  const { ctx, plan, period } = options;
  if (!ctx.can('billing.manage')) throw new AppError('forbidden', 'Only workspace owners can manage billing.');
  const workspaceId = ctx.workspace.id;
  const { access } = await getWorkspaceBilling({ workspaceId });
  if (access.hasLiveSubscription) {
    throw new AppError('conflict', 'This workspace already has a subscription. Change the plan or billing period with “Manage subscription”.');
  }
  const customer = await ensureStripeCustomer({ workspaceId, email: ctx.user.email });
  const appUrl = env().APP_URL.replace(/\/$/, '');
  const session = await withStripe('start checkout', () =>
    stripeClient().checkout.sessions.create({
      mode: 'subscription',
      customer,
      client_reference_id: workspaceId,
      line_items: [{ price: priceOfPlan(plan, period), quantity: 1 }],
      allow_promotion_codes: true,
      tax_id_collection: { enabled: true },
      // Required with tax id collection for an existing customer: Checkout saves what was typed.
      customer_update: { name: 'auto', address: 'auto' },
      billing_address_collection: 'required',
      subscription_data: { metadata: { workspaceId } },
      metadata: { workspaceId, plan, period },
      success_url: `${appUrl}/billing/checkout-complete?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${appUrl}/billing?checkout=cancelled`,
    }),
  );
  if (!session.url) throw new AppError('unavailable', 'Stripe did not return a checkout page. Nothing was charged; try again.');
  await db.workspaceBilling.update({ where: { workspaceId }, data: { chosenPlan: plan, chosenPeriod: period } });
  await recordAudit({ action: 'billing.checkout_started', ctx, meta: options.meta, metadata: { plan, period } });
  return { url: session.url };
}
