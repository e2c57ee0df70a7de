// /dev/stripe/invoices/{id} – the stand-in's hosted invoice / receipt page (404 in production).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StandInBanner } from '@/components/stripe-standin/standin-banner';
import { formatBillingDate, formatMoney } from '@/lib/billing/billing-format';
import { standInActive } from '@/lib/stripe-standin/standin-active';
import { getStandIn } from '@/lib/stripe-standin/standin-store';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Invoice (Stripe stand-in)', robots: { index: false } };

type Line = { description: string; amount: number; period: { start: number; end: number } };

export default async function StandInInvoicePage({ params }: PageProps<'/dev/stripe/invoices/[id]'>) {
  if (!standInActive()) notFound();
  const record = await getStandIn('invoice', (await params).id);
  if (!record) notFound();
  const invoice = record.object;
  const lines = (invoice.lines as { data: Line[] }).data;
  const paid = invoice.status === 'paid';
  return (
    <div className="min-h-screen bg-slate-50">
      <StandInBanner />
      <main className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
        <div className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <p className="text-sm font-semibold text-slate-500">{String(invoice.account_name)}</p>
          <h1 className="mt-1 text-2xl font-bold">{paid ? 'Receipt' : 'Invoice'} {String(invoice.number)}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {paid ? `Paid on ${formatBillingDate(new Date(Number((invoice.status_transitions as { paid_at: number }).paid_at) * 1000))}` : `Status: ${String(invoice.status)}`} · {String(invoice.customer_name ?? '')} {String(invoice.customer_email ?? '')}
          </p>
          <table className="mt-6 w-full text-left text-sm">
            <tbody className="divide-y divide-slate-100">
              {lines.map((l, i) => (
                <tr key={i}>
                  <td className="py-2">{l.description}<br /><span className="text-xs text-slate-500">{formatBillingDate(new Date(l.period.start * 1000))} – {formatBillingDate(new Date(l.period.end * 1000))}</span></td>
                  <td className="py-2 text-right">{formatMoney(l.amount, 'eur')}</td>
                </tr>
              ))}
              <tr><td className="py-2 font-semibold">{paid ? 'Amount paid' : 'Amount due'}</td><td className="py-2 text-right font-semibold">{formatMoney(Number(paid ? invoice.amount_paid : invoice.amount_due), 'eur')}</td></tr>
            </tbody>
          </table>
        </div>
      </main>
    </div>
  );
}
