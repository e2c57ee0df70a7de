// /dev/stripe/checkout/{id} – the stand-in's hosted Checkout page (404 in production).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CardSelect } from '@/components/stripe-standin/card-select';
import { StandInBanner } from '@/components/stripe-standin/standin-banner';
import { formatMoney } from '@/lib/billing/billing-format';
import { getStandInCheckout } from '@/lib/stripe-standin/get-standin-checkout';
import { standInActive } from '@/lib/stripe-standin/standin-active';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Checkout (Stripe stand-in)', robots: { index: false } };

const input = 'mt-1 block w-full rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600';

export default async function StandInCheckoutPage({ params, searchParams }: PageProps<'/dev/stripe/checkout/[id]'>) {
  if (!standInActive()) notFound();
  const checkout = await getStandInCheckout((await params).id);
  const rawError = (await searchParams).error;
  const error = (Array.isArray(rawError) ? rawError[0] : rawError)?.slice(0, 200);
  if (!checkout || !checkout.price) notFound();
  const { session, price, customer } = checkout;
  const open = session.status === 'open';
  return (
    <div className="min-h-screen bg-slate-50">
      <StandInBanner />
      <main className="mx-auto grid max-w-4xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-2">
        <section aria-labelledby="summary-title">
          <p className="text-sm font-semibold text-slate-500">Relaydesk</p>
          <h1 id="summary-title" className="mt-1 text-2xl font-bold">Subscribe to Relaydesk {price.name}</h1>
          <p className="mt-4 text-4xl font-bold tracking-tight">{formatMoney(price.unitAmount, 'eur')}</p>
          <p className="text-sm text-slate-600">per {price.period === 'yearly' ? 'year' : 'month'}, excl. VAT</p>
          <dl className="mt-6 space-y-1 text-sm text-slate-700">
            <div className="flex gap-2"><dt className="text-slate-500">Customer</dt><dd>{String(customer?.name ?? '—')} · {String(customer?.email ?? '—')}</dd></div>
            <div className="flex gap-2"><dt className="text-slate-500">Session</dt><dd className="font-mono text-xs">{session.id}</dd></div>
          </dl>
        </section>
        <section aria-labelledby="pay-title" className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <h2 id="pay-title" className="text-lg font-semibold">Pay with card</h2>
          {open ? (
            // A plain form post answered with a 303, like Stripe's own page (lib/stripe-standin/pay-hosted-checkout.ts).
            <form method="post" action={`/api/dev/stripe/hosted/checkout/${session.id}`} className="mt-4 space-y-3">
              {error ? <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">{error}</p> : null}
              <CardSelect />
              <div>
                <label htmlFor="name" className="block text-sm font-medium text-slate-700">Name on card</label>
                <input id="name" name="name" autoComplete="cc-name" defaultValue={String(customer?.name ?? '')} className={input} />
              </div>
              {session.tax_id_collection && (session.tax_id_collection as { enabled: boolean }).enabled ? (
                <div>
                  <label htmlFor="taxId" className="block text-sm font-medium text-slate-700">VAT number (optional, businesses)</label>
                  <input id="taxId" name="taxId" placeholder="DE123456789" className={input} />
                </div>
              ) : null}
              {session.allow_promotion_codes ? (
                <div>
                  <label htmlFor="promotionCode" className="block text-sm font-medium text-slate-700">Promotion code (optional)</label>
                  <input id="promotionCode" name="promotionCode" placeholder={checkout.promotionCodes[0]} aria-describedby="promo-hint" className={input} />
                  <p id="promo-hint" className="mt-1 text-xs text-slate-500">Stand-in codes: {checkout.promotionCodes.join(', ')} (20% off the first invoice).</p>
                </div>
              ) : null}
              <button type="submit" className="w-full rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">Subscribe</button>
            </form>
          ) : (
            <p className="mt-4 text-sm text-slate-700">This checkout session is {String(session.status)}.</p>
          )}
          <p className="mt-6 text-sm"><Link href={String(session.cancel_url)} className="text-slate-600 hover:underline">← Back to Relaydesk without paying</Link></p>
        </section>
      </main>
    </div>
  );
}
