'use client';
import { useActionState } from 'react';
import { startCheckoutAction } from '@/app/(app)/billing/actions';
import { formStateOf, initialActionResult } from '@/lib/actions/action-result';
import { formatEuros, yearlyMonthlyEquivalentCents } from '@/lib/billing/format-price';
import type { Plan } from '@/lib/billing/plans';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

const number = new Intl.NumberFormat('en-IE');
const history = (days: number | null) => (days === null ? 'All conversation history' : days >= 365 ? `${days / 365} year of history` : `${days} days of history`);

/** Plan cards (radio group) and a billing period switch → Stripe Checkout. */
export function ChoosePlanForm({ plans, chosen, currentPlanId }: { plans: Plan[]; chosen: { plan: string; period: string }; currentPlanId: string | null }) {
  const [state, action] = useActionState(startCheckoutAction, initialActionResult);
  const { values } = formStateOf(state);
  const plan = values.plan ?? chosen.plan;
  const period = values.period ?? chosen.period;
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Billing period</legend>
        <div className="mt-2 inline-flex rounded-full bg-slate-100 p-1 text-sm font-semibold">
          {(['monthly', 'yearly'] as const).map((p) => (
            <label key={p} className="cursor-pointer rounded-full px-4 py-1.5 text-slate-600 has-[:checked]:bg-white has-[:checked]:text-slate-900 has-[:checked]:shadow-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600">
              <input type="radio" name="period" value={p} defaultChecked={period === p} className="sr-only" />
              {p === 'monthly' ? 'Monthly' : 'Yearly · 2 months free'}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Plan</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-3">
          {plans.map((p) => (
            <label
              key={p.id}
              className="relative flex cursor-pointer flex-col rounded-xl bg-white p-4 ring-1 ring-slate-200 has-[:checked]:ring-2 has-[:checked]:ring-brand-600 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600"
            >
              <input type="radio" name="plan" value={p.id} defaultChecked={plan === p.id} className="sr-only" />
              <span className="flex items-center justify-between gap-2">
                <span className="font-semibold">{p.name}</span>
                {currentPlanId === p.id ? <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">Last plan</span> : null}
              </span>
              <span className="mt-1 text-sm text-slate-700">
                {formatEuros(p.monthlyPriceCents)} / month · or {formatEuros(yearlyMonthlyEquivalentCents(p) ?? p.monthlyPriceCents)} / month billed yearly ({formatEuros(p.yearlyPriceCents ?? 0)})
              </span>
              <span className="mt-2 text-xs text-slate-600">
                {p.seats} seats · {p.channels} channels · {number.format(p.aiRepliesPerMonth)} AI replies / month · {history(p.historyDays)}
                {p.auditLogExport ? ' · Audit log export' : ''}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Opening secure checkout…">Continue to payment</SubmitButton>
        <p className="text-xs text-slate-600">Payment, VAT number and promotion codes on Stripe’s secure page. Prices exclude VAT.</p>
      </div>
    </form>
  );
}
