import type { BillingOverview } from '@/lib/billing/get-billing-overview';
import { formatBillingDate, planLabel } from '@/lib/billing/billing-format';
import { sendingPausedMessage } from '@/lib/billing/billing-access';
import { planPrice } from '@/lib/billing/plan-options';
import type { PaidPlanId } from '@/lib/billing/plans';

const badge = {
  trialing: ['Free trial', 'bg-brand-50 text-brand-800 ring-brand-200'],
  active: ['Active', 'bg-emerald-50 text-emerald-800 ring-emerald-200'],
  past_due: ['Payment failed', 'bg-amber-50 text-amber-900 ring-amber-200'],
  unpaid: ['Unpaid — sending paused', 'bg-red-50 text-red-800 ring-red-200'],
  trial_expired: ['Trial ended — sending paused', 'bg-red-50 text-red-800 ring-red-200'],
  canceled: ['Ended — sending paused', 'bg-red-50 text-red-800 ring-red-200'],
} as const;

/** The plan, its state and the next date that matters (trial end, renewal or cancellation). */
export function PlanStatus({ overview }: { overview: BillingOverview }) {
  const { row, access } = overview;
  const [label, style] = badge[access.state];
  const heading = access.hasLiveSubscription && row.plan ? planLabel(row.plan, row.period) : access.state === 'trialing' ? 'Free trial' : 'No active plan';
  return (
    <div>
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="plan-title" className="text-xl font-semibold">{heading}</h2>
        <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ${style}`}>{label}</span>
      </div>
      <div className="mt-2 space-y-1 text-sm text-slate-700">
        {access.state === 'trialing' ? (
          <>
            <p><strong>{access.trialDaysLeft} day{access.trialDaysLeft === 1 ? '' : 's'} left</strong> — the trial ends on {formatBillingDate(row.trialEndsAt)}. No card needed until then.</p>
            <p>After the trial: <strong>{planLabel(row.chosenPlan, row.chosenPeriod)}</strong>{row.chosenPlan !== 'trial' ? ` (${planPrice(row.chosenPlan as PaidPlanId, row.chosenPeriod)})` : ''}, if you subscribe — pick any plan below.</p>
          </>
        ) : null}
        {access.state === 'active' && row.currentPeriodEnd ? (
          row.cancelAtPeriodEnd
            ? <p>Cancelled: the plan stays until <strong>{formatBillingDate(row.currentPeriodEnd)}</strong>, then sending pauses. Renew it with “Manage subscription”.</p>
            : <p>Renews on <strong>{formatBillingDate(row.currentPeriodEnd)}</strong>{row.plan && row.period ? ` at ${planPrice(row.plan as PaidPlanId, row.period)} excl. VAT` : ''}.</p>
        ) : null}
        {access.state === 'past_due' ? <p>The last payment failed. Stripe retries it automatically; update the payment method to pay now. Sending continues meanwhile.</p> : null}
        {!access.canSend ? <p className="font-medium text-red-800">{sendingPausedMessage(access.state)}</p> : null}
      </div>
    </div>
  );
}
