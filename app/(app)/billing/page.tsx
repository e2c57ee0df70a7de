import type { Metadata } from 'next';
import { ChoosePlanForm } from '@/components/billing/choose-plan-form';
import { InvoiceList } from '@/components/billing/invoice-list';
import { ManageSubscriptionForm } from '@/components/billing/manage-subscription-form';
import { PlanStatus } from '@/components/billing/plan-status';
import { UsageMeters } from '@/components/billing/usage-meters';
import { monthOf } from '@/lib/agent/usage/usage-month';
import { billingNoticeMessage } from '@/lib/billing/billing-notices';
import { getBillingOverview } from '@/lib/billing/get-billing-overview';
import { plans } from '@/lib/billing/plans';
import { requireWorkspacePage } from '@/lib/workspaces/context';

export const metadata: Metadata = { title: 'Billing' };

const card = 'rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200';
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function BillingPage({ searchParams }: PageProps<'/billing'>) {
  const ctx = await requireWorkspacePage('billing.manage');
  const params = await searchParams;
  const checkout = first(params.checkout);
  // Back from Stripe Checkout through /billing/checkout-complete, which read the result from Stripe.
  let notice: { tone: 'ok' | 'info' | 'error'; text: string } | null = null;
  if (checkout === 'pending') {
    notice = { tone: 'info', text: 'Stripe is still confirming your payment. Reload this page in a moment to see your plan.' };
  } else if (checkout === 'confirmed') {
    notice = { tone: 'ok', text: 'Payment received — thank you. Your plan is active and a receipt is on its way by email.' };
  } else if (checkout === 'cancelled') {
    notice = { tone: 'info', text: 'Checkout was cancelled. Nothing was charged.' };
  } else {
    // Only our own words: a known code's message (lib/billing/billing-notices.ts), never URL text.
    const error = billingNoticeMessage(first(params.error));
    if (error) notice = { tone: 'error', text: error };
  }

  const overview = await getBillingOverview({ ctx });
  const { row, access } = overview;
  const paidPlans = plans.filter((p) => p.stripePriceEnv !== null);
  const noticeStyle = { ok: 'bg-emerald-50 text-emerald-900 ring-emerald-200', info: 'bg-slate-50 text-slate-800 ring-slate-200', error: 'bg-red-50 text-red-900 ring-red-200' };

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Billing</h1>
        <p className="mt-1 text-slate-600">Plan, usage and invoices of {ctx.workspace.name}. Only owners see this page.</p>
      </header>

      {notice ? <p role={notice.tone === 'error' ? 'alert' : 'status'} className={`rounded-lg px-4 py-3 text-sm ring-1 ${noticeStyle[notice.tone]}`}>{notice.text}</p> : null}

      <section aria-labelledby="plan-title" className={`${card} space-y-4`}>
        <PlanStatus overview={overview} />
        {access.hasLiveSubscription ? (
          <div className="space-y-1">
            <ManageSubscriptionForm label={access.state === 'past_due' || access.state === 'unpaid' ? 'Update payment method' : 'Manage subscription'} />
            <p className="text-xs text-slate-600">Change plan or billing period, cancel or renew, update the card and download invoices on Stripe’s billing portal. Upgrades apply at once, pro rata; downgrades and cancellations at the end of the paid period.</p>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="usage-title" className={card}>
        <h2 id="usage-title" className="mb-4 font-semibold">Usage on the {access.plan.name} plan</h2>
        <UsageMeters plan={access.plan} usage={overview.usage} month={monthOf(new Date())} />
      </section>

      {!access.hasLiveSubscription ? (
        <section aria-labelledby="choose-title" className={card}>
          <h2 id="choose-title" className="font-semibold">{access.state === 'trialing' ? 'Subscribe now or when the trial ends' : 'Choose a plan to resume sending'}</h2>
          <p className="mb-4 mt-1 text-sm text-slate-600">Nothing in the workspace is ever deleted by a plan change: a smaller plan only hides older history and stops new invites or channels beyond its limits.</p>
          <ChoosePlanForm plans={paidPlans} chosen={{ plan: row.chosenPlan, period: row.chosenPeriod }} currentPlanId={row.plan} />
        </section>
      ) : null}

      <section aria-labelledby="invoices-title" className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        <h2 id="invoices-title" className="px-5 pb-3 pt-5 font-semibold">Invoices and receipts</h2>
        <InvoiceList invoices={overview.invoices} error={overview.invoicesError} />
      </section>
    </div>
  );
}
