import Link from 'next/link';
import { formatEuros, yearlyMonthlyEquivalentCents } from '@/lib/billing/format-price';
import type { Plan } from '@/lib/billing/plans';

const number = new Intl.NumberFormat('en-IE');
const periods = ['monthly', 'yearly'] as const;
type Period = (typeof periods)[number];

function history(days: number | null) {
  if (days === null) return 'Unlimited conversation history';
  return days >= 365 ? `${days / 365} year${days === 365 ? '' : 's'} of conversation history` : `${days} days of conversation history`;
}

// The switch is a radio group and CSS does the rest: every period's price is rendered, and
// `:has()` on the wrapper shows the checked one. No JavaScript, and arrow keys work.
const onlyIn: Record<Period, string> = {
  monthly: 'group-has-[input[value=yearly]:checked]/pricing:hidden',
  yearly: 'hidden group-has-[input[value=yearly]:checked]/pricing:block',
};

/** Plan cards with a monthly / yearly switch. */
export function PricingTable({ plans }: { plans: readonly Plan[] }) {
  return (
    <div className="group/pricing">
      <fieldset className="mx-auto flex w-fit rounded-full bg-slate-100 p-1 text-sm font-semibold">
        <legend className="sr-only">Billing period</legend>
        {periods.map((p) => (
          <label
            key={p}
            className="cursor-pointer rounded-full px-4 py-2 text-slate-600 has-[:checked]:bg-white has-[:checked]:text-slate-900 has-[:checked]:shadow-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600"
          >
            <input type="radio" name="period" value={p} defaultChecked={p === 'monthly'} className="sr-only" />
            {p === 'monthly' ? 'Monthly' : 'Yearly · 2 months free'}
          </label>
        ))}
      </fieldset>
      <ul className="mt-10 grid gap-6 md:grid-cols-2 xl:grid-cols-4">
        {plans.map((plan) => {
          // Plans without a yearly price (the trial) look the same in both periods.
          const shown = plan.trialDays || plan.yearlyPriceCents === null ? (['monthly'] as const) : periods;
          return (
            <li key={plan.id} className={`flex flex-col rounded-2xl p-6 ${plan.highlighted ? 'bg-white shadow-lg ring-2 ring-brand-600' : 'bg-white shadow-sm ring-1 ring-slate-200'}`}>
              <div className="flex items-center justify-between gap-2">
                <h2 className="text-lg font-semibold">{plan.name}</h2>
                {plan.highlighted ? <span className="rounded-full bg-brand-50 px-2.5 py-1 text-xs font-semibold text-brand-700">Most popular</span> : null}
              </div>
              <p className="mt-1 text-sm text-slate-600">{plan.tagline}</p>
              {shown.map((period) => {
                const perMonth = period === 'yearly' ? (yearlyMonthlyEquivalentCents(plan) ?? plan.monthlyPriceCents) : plan.monthlyPriceCents;
                return (
                  <div key={period} className={shown.length > 1 ? onlyIn[period] : undefined}>
                    {/* The price and its unit stay on one line (the yearly "€39.17" pushed "/ month" to a line of its own). */}
                    <p className="mt-6 whitespace-nowrap">
                      <span className="text-4xl font-bold tracking-tight">{formatEuros(perMonth)}</span>
                      <span className="text-sm text-slate-600">{plan.trialDays ? `\u00a0for ${plan.trialDays}\u00a0days` : '\u00a0/\u00a0month'}</span>
                    </p>
                    <p className="mt-1 h-5 text-xs text-slate-500">
                      {plan.trialDays ? 'No card needed' : period === 'yearly' ? `${formatEuros(plan.yearlyPriceCents!)} billed yearly` : 'Billed monthly · excl. VAT'}
                    </p>
                  </div>
                );
              })}
              <ul className="mt-6 space-y-2 text-sm text-slate-700">
                <li>{plan.seats} team seats</li>
                <li>{plan.channels} connected channels</li>
                <li>{number.format(plan.aiRepliesPerMonth)} AI replies / month</li>
                <li>{history(plan.historyDays)}</li>
              </ul>
              <ul className="mt-4 flex-1 space-y-2 border-t border-slate-100 pt-4 text-sm text-slate-600">
                {plan.features.map((f) => (
                  <li key={f} className="flex gap-2">
                    <svg viewBox="0 0 20 20" className="mt-0.5 h-4 w-4 flex-none text-brand-600" aria-hidden="true"><path d="m5 10.5 3.2 3L15 6.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" /></svg>
                    {f}
                  </li>
                ))}
              </ul>
              {shown.map((period) => (
                <Link
                  key={period}
                  href={plan.trialDays ? '/signup' : `/signup?plan=${plan.id}&period=${period}`}
                  className={`mt-6 rounded-lg px-4 py-2.5 text-center text-sm font-semibold ${shown.length > 1 ? onlyIn[period] : ''} ${plan.highlighted ? 'bg-brand-600 text-white hover:bg-brand-700' : 'bg-white text-slate-900 ring-1 ring-slate-300 hover:bg-slate-50'}`}
                >
                  {plan.trialDays ? 'Start free trial' : `Start with ${plan.name}`}
                </Link>
              ))}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
