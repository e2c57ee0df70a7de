// What one Stripe event means for Relaydesk. The event only says WHICH subscription or invoice
// changed; the current state is re-read from Stripe, so duplicates and out-of-order deliveries
// converge on Stripe's truth. Lifecycle emails carry idempotency keys (per invoice, per
// transition), so a retried job or a second event about the same thing sends nothing twice.
import type Stripe from 'stripe';
import { recordAudit } from '../../audit/record-audit';
import { db } from '../../db';
import { env } from '../../env';
import { applyStripeSubscription, type SubscriptionTransition } from '../apply-stripe-subscription';
import { formatBillingDate, formatMoney, planLabel } from '../billing-format';
import { emailWorkspaceOwners } from '../email-workspace-owners';
import { getPlan } from '../plans';
import { planOfPrice } from '../price-plan';
import { stripeClient } from '../stripe-client';

export const HANDLED_EVENT_TYPES = [
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'customer.subscription.trial_will_end',
  'invoice.paid',
  'invoice.payment_failed',
] as const;

export type EventOutcome = { status: 'processed' | 'ignored' | 'unmatched'; workspaceId: string | null; note: string | null };

type EventObject = Record<string, unknown>;
const idOf = (value: unknown): string | null => (typeof value === 'string' ? value : value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : null);

/** The workspace an event is about: by its Stripe customer, or — for a finished checkout — the reference we set. */
async function unsafeFindWorkspaceForEvent(event: Stripe.Event, object: EventObject): Promise<string | null> {
  // Unscoped on purpose: the event names a Stripe customer, not a workspace; the customer id is
  // unique per workspace (WorkspaceBilling.stripeCustomerId) and the event is signed by Stripe.
  const customerId = idOf(object.customer);
  if (customerId) {
    const byCustomer = await db.workspaceBilling.findUnique({ where: { stripeCustomerId: customerId }, select: { workspaceId: true } });
    if (byCustomer) return byCustomer.workspaceId;
  }
  if (event.type === 'checkout.session.completed' && typeof object.client_reference_id === 'string') {
    const reference = object.client_reference_id;
    const row = await db.workspaceBilling.findUnique({ where: { workspaceId: reference }, select: { workspaceId: true, stripeCustomerId: true } }).catch(() => null);
    // Only a workspace without a customer yet may adopt this one (ours are created before checkout).
    if (row && (!row.stripeCustomerId || row.stripeCustomerId === customerId)) return row.workspaceId;
  }
  return null;
}

function subscriptionIdOf(event: Stripe.Event, object: EventObject): string | null {
  if (event.type.startsWith('customer.subscription.')) return idOf(object.id);
  if (event.type === 'checkout.session.completed') return idOf(object.subscription);
  if (event.type.startsWith('invoice.')) {
    const parent = object.parent as { subscription_details?: { subscription?: unknown } | null } | null | undefined;
    return idOf(parent?.subscription_details?.subscription);
  }
  return null;
}

const billingUrl = () => `${env().APP_URL.replace(/\/$/, '')}/billing`;

export async function handleStripeEvent(event: Stripe.Event): Promise<EventOutcome> {
  if (!(HANDLED_EVENT_TYPES as readonly string[]).includes(event.type)) return { status: 'ignored', workspaceId: null, note: `not a billing event Relaydesk uses (${event.type})` };
  const object = event.data.object as unknown as EventObject;
  const workspaceId = await unsafeFindWorkspaceForEvent(event, object);
  if (!workspaceId) return { status: 'unmatched', workspaceId: null, note: `no workspace has Stripe customer ${idOf(object.customer) ?? '(none)'}` };

  const subscriptionId = subscriptionIdOf(event, object);
  if (!subscriptionId) return { status: 'ignored', workspaceId, note: 'not about a subscription' };
  const stripe = stripeClient();
  const subscription = await stripe.subscriptions.retrieve(subscriptionId);
  const transition = await applyStripeSubscription({ workspaceId, subscription });
  if (transition.outcome === 'unknown_price') {
    return { status: 'unmatched', workspaceId, note: `unknown price ${transition.priceId ?? '(none)'}: not one of the STRIPE_PRICE_* variables` };
  }
  if (transition.outcome === 'stale') return { status: 'processed', workspaceId, note: `ignored: ${subscriptionId} ended and the workspace has another live subscription` };

  await auditTransition(workspaceId, transition);
  await emailCancellation(workspaceId, transition);
  if (event.type === 'invoice.paid') await emailReceipt(workspaceId, idOf(object.id)!);
  if (event.type === 'invoice.payment_failed') await emailPaymentFailed(workspaceId, idOf(object.id)!);
  if (event.type === 'customer.subscription.trial_will_end') await emailStripeTrialEnding(workspaceId, subscription);
  return { status: 'processed', workspaceId, note: null };
}

async function auditTransition(workspaceId: string, t: SubscriptionTransition) {
  if (t.before.status === t.after.status && t.before.plan === t.after.plan && t.before.cancelAtPeriodEnd === t.after.cancelAtPeriodEnd) return;
  await recordAudit({
    action: 'billing.subscription_changed',
    workspaceId,
    targetType: 'subscription',
    targetId: t.after.subscriptionId,
    metadata: { from: `${t.before.plan ?? 'trial'} (${t.before.status ?? 'none'})`, to: `${t.after.plan} (${t.after.status}${t.after.cancelAtPeriodEnd ? ', cancels at period end' : ''})` },
  });
}

/** Once when a cancellation is scheduled, once when the subscription actually ends. */
async function emailCancellation(workspaceId: string, t: SubscriptionTransition) {
  const ended = t.after.status === 'canceled' && t.before.status !== 'canceled';
  const scheduled = !ended && t.after.cancelAtPeriodEnd && !t.before.cancelAtPeriodEnd;
  if ((!ended && !scheduled) || !t.after.plan) return;
  const endsOn = formatBillingDate(ended ? new Date() : (t.after.periodEnd ?? new Date()));
  await emailWorkspaceOwners({
    workspaceId,
    template: 'subscription-cancelled',
    idempotencyKey: `subscription-cancelled:${t.after.subscriptionId}:${ended ? 'ended' : `scheduled:${t.after.periodEnd?.getTime()}`}`,
    props: (owner, workspace) => ({ name: owner.name, workspaceName: workspace.name, planName: getPlan(t.after.plan!).name, endsOn, ended, url: billingUrl() }),
  });
}

async function emailReceipt(workspaceId: string, invoiceId: string) {
  const invoice = await stripeClient().invoices.retrieve(invoiceId);
  if (invoice.status !== 'paid' || invoice.amount_paid <= 0 || !invoice.hosted_invoice_url) return;
  const priceId = invoice.lines.data[0]?.pricing?.price_details?.price ?? null;
  const mapped = typeof priceId === 'string' ? planOfPrice(priceId) : null;
  const billing = await db.workspaceBilling.findUnique({ where: { workspaceId }, select: { plan: true, period: true } });
  const label = mapped ? planLabel(mapped.plan, mapped.period) : billing?.plan ? planLabel(billing.plan, billing.period) : 'Relaydesk subscription';
  const paidAt = invoice.status_transitions.paid_at ? new Date(invoice.status_transitions.paid_at * 1000) : new Date();
  await emailWorkspaceOwners({
    workspaceId,
    template: 'payment-receipt',
    idempotencyKey: `invoice-paid:${invoice.id}`,
    props: (owner, workspace) => ({
      name: owner.name, workspaceName: workspace.name, amount: formatMoney(invoice.amount_paid, invoice.currency), invoiceNumber: invoice.number ?? invoice.id!,
      paidOn: formatBillingDate(paidAt), planLabel: label, receiptUrl: invoice.hosted_invoice_url!, pdfUrl: invoice.invoice_pdf ?? null,
    }),
  });
}

/** Only while the invoice is still unpaid: a late "failed" event after a recovery sends nothing. */
async function emailPaymentFailed(workspaceId: string, invoiceId: string) {
  const invoice = await stripeClient().invoices.retrieve(invoiceId);
  if (invoice.status !== 'open') return;
  await emailWorkspaceOwners({
    workspaceId,
    template: 'payment-failed',
    idempotencyKey: `invoice-failed:${invoice.id}:${invoice.attempt_count}`,
    props: (owner, workspace) => ({
      name: owner.name, workspaceName: workspace.name, amount: formatMoney(invoice.amount_due, invoice.currency),
      nextAttemptOn: invoice.next_payment_attempt ? formatBillingDate(new Date(invoice.next_payment_attempt * 1000)) : null,
      portalUrl: `${billingUrl()}/portal`, invoiceUrl: invoice.hosted_invoice_url ?? null,
    }),
  });
}

/** A Stripe-side trial (e.g. one given from the Dashboard) about to end: same email as our own trial's. */
async function emailStripeTrialEnding(workspaceId: string, subscription: Stripe.Subscription) {
  if (subscription.status !== 'trialing' || !subscription.trial_end) return;
  const endsAt = new Date(subscription.trial_end * 1000);
  const daysLeft = Math.max(0, Math.ceil((endsAt.getTime() - Date.now()) / 86_400_000));
  const mapped = planOfPrice(subscription.items.data[0]?.price.id ?? '');
  await emailWorkspaceOwners({
    workspaceId,
    template: 'trial-ending',
    idempotencyKey: `stripe-trial-ending:${subscription.id}:${subscription.trial_end}`,
    props: (owner, workspace) => ({
      name: owner.name, workspaceName: workspace.name, daysLeft: Math.min(daysLeft, 30), endsOn: formatBillingDate(endsAt),
      planLabel: mapped ? planLabel(mapped.plan, mapped.period) : 'your current plan', url: billingUrl(),
    }),
  });
}
