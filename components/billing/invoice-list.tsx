import type { InvoiceSummary } from '@/lib/billing/get-billing-overview';
import { formatBillingDate, formatMoney } from '@/lib/billing/billing-format';

const statusLabel: Record<string, string> = { paid: 'Paid', open: 'Unpaid', void: 'Void', uncollectible: 'Uncollectible', draft: 'Draft' };

export function InvoiceList({ invoices, error }: { invoices: InvoiceSummary[]; error: string | null }) {
  if (error) return <p role="alert" className="px-5 pb-5 text-sm text-red-800">{error}</p>;
  if (invoices.length === 0) return <p className="px-5 pb-5 text-sm text-slate-600">No invoices yet. Receipts appear here after your first payment.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm">
        <thead className="text-xs uppercase text-slate-500">
          <tr><th className="px-5 py-2">Date</th><th className="px-5 py-2">Invoice</th><th className="px-5 py-2">Amount</th><th className="px-5 py-2">Status</th><th className="px-5 py-2"><span className="sr-only">Links</span></th></tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {invoices.map((i) => (
            <tr key={i.id}>
              <td className="whitespace-nowrap px-5 py-2">{formatBillingDate(i.createdAt)}</td>
              <td className="px-5 py-2 font-mono text-xs">{i.number ?? '—'}</td>
              <td className="whitespace-nowrap px-5 py-2">{formatMoney(i.amount, i.currency)}</td>
              <td className={`px-5 py-2 ${i.status === 'open' ? 'font-semibold text-amber-800' : ''}`}>{statusLabel[i.status] ?? i.status}</td>
              <td className="whitespace-nowrap px-5 py-2 text-right">
                {i.url ? <a href={i.url} className="font-semibold text-brand-700 hover:underline">{i.status === 'paid' ? 'Receipt' : 'View'}</a> : null}
                {i.pdfUrl ? <a href={i.pdfUrl} className="ml-3 text-slate-600 hover:underline">PDF</a> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
