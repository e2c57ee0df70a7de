// One Stripe customer per workspace, created on first need and remembered. Two owners clicking
// "Subscribe" together get the same customer: Stripe's idempotency key makes the second create
// return the first one's customer, and the conditional write keeps whichever was stored first.
import { db } from '../db';
import { AppError } from '../errors';
import { withStripe } from './stripe-error';
import { stripeClient } from './stripe-client';
import { ensureWorkspaceBillingRow } from './get-workspace-billing';

export async function ensureStripeCustomer(options: { workspaceId: string; email: string }): Promise<string> {
  const { workspaceId } = options;
  await ensureWorkspaceBillingRow(workspaceId);
  const row = await db.workspaceBilling.findUniqueOrThrow({ where: { workspaceId }, select: { stripeCustomerId: true, workspace: { select: { name: true } } } });
  if (row.stripeCustomerId) return row.stripeCustomerId;
  const customer = await withStripe('set up billing', () =>
    stripeClient().customers.create(
      { name: row.workspace.name, email: options.email, metadata: { workspaceId } },
      { idempotencyKey: `relaydesk-customer-${workspaceId}` },
    ),
  );
  await db.workspaceBilling.updateMany({ where: { workspaceId, stripeCustomerId: null }, data: { stripeCustomerId: customer.id } });
  const stored = await db.workspaceBilling.findUniqueOrThrow({ where: { workspaceId }, select: { stripeCustomerId: true } });
  if (!stored.stripeCustomerId) throw new AppError('conflict', 'Billing could not be set up. Try again.');
  return stored.stripeCustomerId;
}
