// Opens Stripe's Customer Portal (change plan, cancel, payment method, invoices) for the
// workspace's customer. Owners only; a workspace that never paid has no customer yet.
import { env } from '../env';
import { AppError } from '../errors';
import { billingError } from './billing-notices';
import type { WorkspaceContext } from '../workspaces/context';
import { getWorkspaceBilling } from './get-workspace-billing';
import { stripeClient } from './stripe-client';
import { withStripe } from './stripe-error';

export async function createPortalSession(options: { ctx: Pick<WorkspaceContext, 'workspace' | 'can'> }): Promise<{ url: string }> {
  const { ctx } = options;
  if (!ctx.can('billing.manage')) throw new AppError('forbidden', 'Only workspace owners can manage billing.');
  const { row } = await getWorkspaceBilling({ workspaceId: ctx.workspace.id });
  if (!row.stripeCustomerId) throw billingError('conflict', 'no_subscription');
  const session = await withStripe('open the billing portal', () =>
    stripeClient().billingPortal.sessions.create({ customer: row.stripeCustomerId!, return_url: `${env().APP_URL.replace(/\/$/, '')}/billing` }),
  );
  return { url: session.url };
}
