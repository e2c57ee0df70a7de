// /dev/stripe/portal/{id} – the stand-in's Customer Portal: change plan or period, cancel or
// renew, update the card, invoices (404 in production).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CardSelect } from '@/components/stripe-standin/card-select';
import { StandInBanner } from '@/components/stripe-standin/standin-banner';
import { ActionForm } from '@/components/ui/action-form';
import { formatBillingDate, formatMoney } from '@/lib/billing/billing-format';
import { isAppError } from '@/lib/errors';
import { getStandInPortal } from '@/lib/stripe-standin/get-standin-portal';
import { standInCards } from '@/lib/stripe-standin/standin-cards';
import { standInActive } from '@/lib/stripe-standin/standin-active';
import { portalCancelAction, portalCardAction, portalChangePriceAction } from '../../actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Billing portal (Stripe stand-in)', robots: { index: false } };

const card = 'rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200';

export default async function StandInPortalPage({ params }: PageProps<'/dev/stripe/portal/[id]'>) {
  if (!standInActive()) notFound();
  const { id } = await params;
  const portal = await getStandInPortal(id).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  const live = portal.subscriptions.find((s) => !['canceled', 'incomplete_expired'].includes(String(s.object.status)));
  const returnUrl = String(portal.session.return_url ?? '/');
  return (
    <div className="min-h-screen bg-slate-50">
      <StandInBanner />
      <main className="mx-auto max-w-3xl space-y-6 px-4 py-10 sm:px-6">
        <p><Link href={returnUrl} className="text-sm font-semibold text-brand-700 hover:underline">← Return to Relaydesk</Link></p>
        <header>
          <h1 className="text-2xl font-bold">Billing portal</h1>
          <p className="mt-1 text-slate-600">{String(portal.customer.name ?? '')} · {String(portal.customer.email ?? '')}</p>
        </header>

        <section aria-labelledby="sub-title" className={card}>
          <h2 id="sub-title" className="font-semibold">Current plan</h2>
          {live ? (
            <div className="mt-2 space-y-1 text-sm text-slate-700">
              <p><strong>Relaydesk {live.price?.name ?? live.priceId}</strong>, billed {live.price?.period ?? '?'} — {live.price ? formatMoney(live.price.unitAmount, 'eur') : ''} · status <strong>{String(live.object.status)}</strong></p>
              <p>{live.object.cancel_at_period_end ? `Cancelled — ends on ${formatBillingDate(new Date(live.end * 1000))}.` : `Renews on ${formatBillingDate(new Date(live.end * 1000))}.`}</p>
              {live.scheduled ? <p>Changes to {live.scheduled.name} ({live.scheduled.period}) on {formatBillingDate(new Date(live.end * 1000))}.</p> : null}
            </div>
          ) : (
            <p className="mt-2 text-sm text-slate-700">No active subscription.</p>
          )}
        </section>

        {live ? (
          <>
            <section aria-labelledby="change-title" className={card}>
              <h2 id="change-title" className="font-semibold">Change plan</h2>
              <p className="mt-1 text-sm text-slate-600">Upgrades and period switches apply now, charged pro rata; downgrades start at the next renewal.</p>
              <ActionForm action={portalChangePriceAction} hidden={{ portalSessionId: id }} label="Update plan" className="mt-3">
                <label htmlFor="priceId" className="block text-sm font-medium text-slate-700">Plan</label>
                <select id="priceId" name="priceId" defaultValue={live.priceId} className="block w-full rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-inset ring-slate-300">
                  {portal.prices.map((p) => <option key={p.id} value={p.id}>{p.name}, billed {p.period} — {formatMoney(p.unitAmount, 'eur')}</option>)}
                </select>
              </ActionForm>
            </section>
            <section aria-labelledby="cancel-title" className={card}>
              <h2 id="cancel-title" className="font-semibold">{live.object.cancel_at_period_end ? 'Renew plan' : 'Cancel plan'}</h2>
              <ActionForm
                action={portalCancelAction}
                hidden={{ portalSessionId: id, cancel: live.object.cancel_at_period_end ? 'false' : 'true' }}
                label={live.object.cancel_at_period_end ? 'Renew plan' : 'Cancel plan'}
                variant={live.object.cancel_at_period_end ? 'primary' : 'danger'}
                className="mt-3"
              />
            </section>
          </>
        ) : null}

        <section aria-labelledby="card-title" className={card}>
          <h2 id="card-title" className="font-semibold">Payment method</h2>
          <p className="mt-1 text-sm text-slate-600">Saved: {portal.card ? standInCards[portal.card].label : 'none'}. An unpaid invoice is retried when you save a card.</p>
          <ActionForm action={portalCardAction} hidden={{ portalSessionId: id }} label="Save card" className="mt-3">
            <CardSelect id="portal-card" defaultValue="ok" />
          </ActionForm>
        </section>

        <section aria-labelledby="invoices-title" className={card}>
          <h2 id="invoices-title" className="font-semibold">Invoices</h2>
          <ul className="mt-2 divide-y divide-slate-100 text-sm">
            {portal.invoices.length === 0 ? <li className="py-2 text-slate-600">None yet.</li> : null}
            {portal.invoices.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>{formatBillingDate(new Date(Number(i.created) * 1000))} · {String(i.number)} · {formatMoney(Number(i.amount_due), 'eur')} · {String(i.status)}</span>
                <a href={String(i.hosted_invoice_url)} className="font-semibold text-brand-700 hover:underline">View</a>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </div>
  );
}
