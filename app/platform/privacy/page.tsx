import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ConfirmActionForm } from '@/components/privacy/confirm-action-form';
import { LogEmailRequestForm } from '@/components/privacy/log-email-request-form';
import { getCurrentSession } from '@/lib/auth/get-current-session';
import { describeErasure } from '@/lib/erasure/describe-erasure';
import { isPlatformAdmin } from '@/lib/platform/is-platform-admin';
import { listPrivacyRequests } from '@/lib/privacy/list-privacy-requests';
import { logEmailRequestAction, processRequestAction } from './actions';

export const metadata: Metadata = { title: 'Platform · Privacy requests', robots: { index: false } };

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '—');
const sourceLabel: Record<string, string> = { meta_callback: 'Meta callback', public_form: 'Public form', email_request: 'Email' };
const statusLabel: Record<string, string> = {
  awaiting_confirmation: 'Awaiting proof', pending: 'Queued', in_progress: 'Deleting', completed: 'Completed', failed: 'Failed — retrying', expired: 'Expired (nothing deleted)',
};

// Platform operators only; everyone else gets a plain 404 so the page's existence is not revealed.
export default async function PlatformPrivacyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await getCurrentSession();
  if (!session || !isPlatformAdmin(session.user.email)) notFound();
  const showAll = (await searchParams).all === '1';
  const requests = await listPrivacyRequests({ open: !showAll });
  const now = new Date();
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-8 sm:px-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Privacy requests</h1>
        <p className="mt-1 text-slate-600">Deletion requests from Meta, the public form and email. The law gives us 30 days to answer each; overdue ones are red. Times in UTC.</p>
      </header>

      <section aria-labelledby="log-title" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <h2 id="log-title" className="font-semibold">Log a request received by email</h2>
        <p className="mt-1 mb-4 text-sm text-slate-600">Check that the person controls the number, account or address (e.g. ask them to write from it) before ticking “verified”. Deletion then runs the same erasure as every other request, and each affected business is notified.</p>
        <LogEmailRequestForm action={logEmailRequestAction} today={now.toISOString().slice(0, 10)} />
      </section>

      <section aria-labelledby="list-title" className="space-y-2">
        <div className="flex items-center justify-between">
          <h2 id="list-title" className="text-lg font-semibold">{showAll ? 'All requests' : 'Open requests'}</h2>
          <Link href={showAll ? '/platform/privacy' : '/platform/privacy?all=1'} className="text-sm font-medium text-brand-700 underline">{showAll ? 'Show open only' : 'Show all'}</Link>
        </div>
        <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="min-w-full text-left text-sm" data-testid="privacy-requests">
            <thead className="bg-slate-50 text-xs uppercase text-slate-500">
              <tr><th className="px-3 py-2">Received</th><th className="px-3 py-2">Due</th><th className="px-3 py-2">Source</th><th className="px-3 py-2">Subject</th><th className="px-3 py-2">Status</th><th className="px-3 py-2">Outcome / note</th><th className="px-3 py-2"><span className="sr-only">Actions</span></th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {requests.length === 0 && <tr><td colSpan={7} className="px-3 py-4 text-slate-500">{showAll ? 'No requests yet.' : 'No open requests.'}</td></tr>}
              {requests.map((r) => {
                const overdue = r.dueAt && r.dueAt < now && r.status !== 'completed' && r.status !== 'expired';
                const erased = r.status === 'completed' && r.details ? describeErasure(r.details as Record<string, number>) : null;
                return (
                  <tr key={r.id} className={overdue ? 'bg-red-50' : undefined}>
                    <td className="whitespace-nowrap px-3 py-2">{day(r.requestedAt)}</td>
                    <td className={`whitespace-nowrap px-3 py-2 ${overdue ? 'font-semibold text-red-700' : ''}`}>{day(r.dueAt)}{overdue ? ' (overdue)' : ''}</td>
                    <td className="px-3 py-2">{sourceLabel[r.source] ?? r.source}</td>
                    <td className="px-3 py-2"><span className="text-xs text-slate-500">{r.identifierType?.replace('_', ' ')}</span><br /><span className="font-mono text-xs">{r.identifierMasked}</span></td>
                    <td className="px-3 py-2">{statusLabel[r.status] ?? r.status}{r.confirmedVia ? <span className="block text-xs text-slate-500">proof: {r.confirmedVia.replace('_', ' ')}</span> : null}</td>
                    <td className="max-w-xs px-3 py-2 text-xs">{erased ? `Deleted: ${erased}` : null}{r.note ? <span className="block text-slate-600">{r.note}</span> : null}<span className="block font-mono text-slate-400">{r.confirmationCode}</span></td>
                    <td className="px-3 py-2">
                      {r.source === 'email_request' && r.status === 'awaiting_confirmation' ? (
                        <ConfirmActionForm action={processRequestAction} fields={{ requestId: r.id }} openLabel="Process…" title="Identity verified?" description="Only process once the requester proved the identifier is theirs. Deletion cannot be undone." confirmLabel="Verified — delete" pendingLabel="Queueing…" />
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
