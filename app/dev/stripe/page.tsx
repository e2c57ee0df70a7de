// /dev/stripe – the Stripe stand-in's control panel: subscriptions with a test clock ("end the
// period now"), card switches, any price (also one the app does not know), and the latest webhook
// events with the app's answer and a Resend button. 404 in production.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StandInBanner } from '@/components/stripe-standin/standin-banner';
import { ActionForm } from '@/components/ui/action-form';
import { formatBillingDate } from '@/lib/billing/billing-format';
import { resolveWorkspaceContext } from '@/lib/workspaces/context';
import { listStandInOverview } from '@/lib/stripe-standin/list-standin-overview';
import { standInCards } from '@/lib/stripe-standin/standin-cards';
import { standInPrices } from '@/lib/stripe-standin/standin-catalogue';
import { standInActive } from '@/lib/stripe-standin/standin-active';
import { advanceSubscriptionAction, endMyTrialAction, resendEventAction, setCardAction, setPriceAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Stripe stand-in', robots: { index: false } };

const card = 'rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200';
const select = 'block w-full rounded-lg border-0 px-2 py-1.5 text-xs ring-1 ring-inset ring-slate-300';

export default async function StripeStandInPage() {
  if (!standInActive()) notFound();
  const [{ subscriptions, events }, ctx] = await Promise.all([listStandInOverview(), resolveWorkspaceContext()]);
  const prices = standInPrices();
  return (
    <div className="min-h-screen bg-slate-50">
      <StandInBanner />
      <main className="mx-auto max-w-6xl space-y-6 px-4 py-8 sm:px-6">
        <header>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Development</p>
          <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">Stripe stand-in</h1>
          <p className="mt-2 max-w-3xl text-slate-600">
            The app&apos;s <code>stripe</code> SDK talks to this server&apos;s <code>/v1</code> API when no Stripe key is set. Events are signed like Stripe&apos;s
            and posted to <code>/api/webhooks/stripe</code>. Use the test clock to renew, fail or end a subscription now.
          </p>
        </header>

        {ctx?.can('billing.manage') ? (
          <section aria-labelledby="trial-title" className={card}>
            <h2 id="trial-title" className="font-semibold">Free trial of {ctx.workspace.name}</h2>
            <p className="mt-1 text-sm text-slate-600">End it now to see the read-only state (sending paused, incoming messages still stored).</p>
            <ActionForm action={endMyTrialAction} label="End the trial now" variant="danger" className="mt-3" />
          </section>
        ) : null}

        <section aria-labelledby="subs-title" className={card}>
          <h2 id="subs-title" className="font-semibold">Subscriptions</h2>
          {subscriptions.length === 0 ? <p className="mt-2 text-sm text-slate-600">None yet — subscribe from the app&apos;s Billing page.</p> : null}
          <ul className="mt-3 divide-y divide-slate-100">
            {subscriptions.map((s) => (
              <li key={s.id} className="grid gap-3 py-3 text-sm lg:grid-cols-[1fr_auto_auto_auto]">
                <div>
                  <p><strong>{s.customer.name ?? s.customer.id}</strong> · {s.customer.email}</p>
                  <p className="text-slate-600">{s.price ? `${s.price.name} ${s.price.period}` : s.priceId} · <strong>{s.status}</strong>{s.cancelAtPeriodEnd ? ' · cancels at period end' : ''} · period ends {formatBillingDate(s.periodEnd)}</p>
                  <p className="font-mono text-xs text-slate-500">{s.id} · workspace {s.workspaceId ?? '?'} · card {s.customer.card ?? 'none'}</p>
                </div>
                <ActionForm action={advanceSubscriptionAction} hidden={{ subscriptionId: s.id }} label="End period now" variant="primary" />
                <ActionForm action={setCardAction} hidden={{ stripeCustomerId: s.customer.id }} label="Set card">
                  <select name="card" aria-label="Card" defaultValue={s.customer.card ?? 'ok'} className={select}>
                    {Object.entries(standInCards).map(([value, c]) => <option key={value} value={value}>{c.last4} — {value.replace('_', ' ')}</option>)}
                  </select>
                </ActionForm>
                <ActionForm action={setPriceAction} hidden={{ subscriptionId: s.id }} label="Set price">
                  <select name="priceId" aria-label="Price" defaultValue={s.priceId} className={select}>
                    {prices.map((p) => <option key={p.id} value={p.id}>{p.plan ? `${p.name} ${p.period}` : `${p.name} (unknown to the app)`}</option>)}
                  </select>
                </ActionForm>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="events-title" className={card}>
          <h2 id="events-title" className="font-semibold">Webhook events</h2>
          <ul className="mt-3 divide-y divide-slate-100">
            {events.length === 0 ? <li className="py-2 text-sm text-slate-600">No events yet.</li> : null}
            {events.map((e) => (
              <li key={e.id} className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm">
                <div>
                  <p><strong>{e.type}</strong> <span className="font-mono text-xs text-slate-500">{e.id}</span></p>
                  <p className="text-xs text-slate-600">{e.created.toISOString().replace('T', ' ').slice(0, 19)} UTC · {e.deliveries.length ? e.deliveries.map((d) => `HTTP ${d.status || '—'}`).join(', ') : 'not delivered yet'}</p>
                </div>
                <ActionForm action={resendEventAction} hidden={{ stripeEventId: e.id }} label="Resend" />
              </li>
            ))}
          </ul>
        </section>
      </main>
    </div>
  );
}
