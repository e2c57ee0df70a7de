// Everything the Billing page shows: plan and state, trial days, renewal, usage against each
// limit and the latest invoices (read from Stripe; a Stripe failure is a sentence, not a 500).
import type { WorkspaceContext } from '../workspaces/context';
import { AppError } from '../errors';
import type { BillingAccess, BillingRow } from './billing-access';
import { countAiRepliesThisMonth, countConnectedChannels, countHiddenConversations, countSeatsUsed } from './count-plan-usage';
import { getWorkspaceBilling } from './get-workspace-billing';
import { historyCutoff } from './history-cutoff';
import { stripeClient } from './stripe-client';
import { billingErrorOf } from './stripe-error';

export type InvoiceSummary = { id: string; number: string | null; createdAt: Date; amount: number; currency: string; status: string; url: string | null; pdfUrl: string | null };

export type BillingOverview = {
  row: BillingRow;
  access: BillingAccess;
  usage: { seats: number; channels: number; aiReplies: number; hiddenConversations: number };
  invoices: InvoiceSummary[];
  invoicesError: string | null;
};

export async function getBillingOverview(options: { ctx: Pick<WorkspaceContext, 'workspace' | 'can'>; now?: Date }): Promise<BillingOverview> {
  const { ctx } = options;
  if (!ctx.can('billing.manage')) throw new AppError('forbidden', 'Only workspace owners can manage billing.');
  const now = options.now ?? new Date();
  const workspaceId = ctx.workspace.id;
  const { row, access } = await getWorkspaceBilling({ workspaceId, now });
  const [seats, channels, aiReplies, hiddenConversations, invoices] = await Promise.all([
    countSeatsUsed(workspaceId, now),
    countConnectedChannels(workspaceId),
    countAiRepliesThisMonth(workspaceId, now),
    countHiddenConversations(workspaceId, historyCutoff({ plan: access.plan, now })),
    listInvoices(row.stripeCustomerId),
  ]);
  return { row, access, usage: { seats, channels, aiReplies, hiddenConversations }, invoices: invoices.list, invoicesError: invoices.error };
}

async function listInvoices(customer: string | null): Promise<{ list: InvoiceSummary[]; error: string | null }> {
  if (!customer) return { list: [], error: null };
  try {
    const page = await stripeClient().invoices.list({ customer, limit: 12 });
    return {
      list: page.data.map((i) => ({
        id: i.id!, number: i.number, createdAt: new Date(i.created * 1000), amount: i.status === 'paid' ? i.amount_paid : i.amount_due, currency: i.currency,
        status: i.status ?? 'draft', url: i.hosted_invoice_url ?? null, pdfUrl: i.invoice_pdf ?? null,
      })),
      error: null,
    };
  } catch (error) {
    return { list: [], error: billingErrorOf(error, 'load your invoices').message };
  }
}
