import type { Metadata } from 'next';
import Link from 'next/link';
import { getDataDeletionStatus } from '@/lib/privacy/get-data-deletion-status';

export const metadata: Metadata = { title: 'Data deletion status', robots: { index: false } };
export const dynamic = 'force-dynamic';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

export default async function DataDeletionStatusPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const raw = (await searchParams).code;
  const code = typeof raw === 'string' ? raw.trim() : '';
  const status = code ? await getDataDeletionStatus({ confirmationCode: code }) : null;
  return (
    <section className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">Data deletion status</h1>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm font-medium">
          Confirmation code
          <input name="code" defaultValue={code} required autoComplete="off" className="mt-1 rounded-lg border border-slate-300 px-3 py-2 font-mono uppercase" />
        </label>
        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700">Check status</button>
      </form>
      {code ? (
        <div role="status" className="mt-8 rounded-2xl border border-slate-200 p-6 shadow-sm">
          {!status && <p>We have no deletion request with the code <strong className="font-mono">{code}</strong>. Check the code and try again.</p>}
          {status?.status === 'pending' && <p>Your request from {dateFormat.format(status.requestedAt)} UTC is <strong>received</strong> and waiting to be processed. This usually takes a few minutes.</p>}
          {status?.status === 'in_progress' && <p>We are <strong>deleting</strong> your data now (requested {dateFormat.format(status.requestedAt)} UTC).</p>}
          {status?.status === 'completed' && <p>Your data was <strong>deleted</strong> on {dateFormat.format(status.completedAt ?? status.requestedAt)} UTC.</p>}
          {status?.status === 'failed' && <p>Deleting your data <strong>needs attention</strong> from our team; we are retrying and will complete it. Requested {dateFormat.format(status.requestedAt)} UTC.</p>}
        </div>
      ) : (
        <p className="mt-8 text-slate-600">Enter the confirmation code you received when you asked for your data to be deleted.</p>
      )}
      <p className="mt-8 text-sm text-slate-600">
        No code yet? <Link href="/data-deletion" className="font-medium text-brand-700 underline">Ask us to delete your data</Link>.
      </p>
    </section>
  );
}
