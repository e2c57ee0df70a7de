import type { PageConfig } from 'next';
import Link from 'next/link';
import { PublicPage } from '@/components/marketing/public-page';
import { type PublicPageProps, publicPageProps } from '@/components/marketing/public-page-props';
import { getDataDeletionStatus } from '@/lib/privacy/get-data-deletion-status';

// Public pages ship no framework JavaScript in production (docs/architecture.md, "Public pages").
export const config: PageConfig = { unstable_runtimeJS: false };

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

type Lookup = { status: 'pending' | 'in_progress' | 'completed' | 'failed'; requestedAt: string; completedAt: string | null } | null;
type Data = { code: string; received: boolean; lookup: Lookup };

// ?code= looks a request up; ?received=1 is the form's redirect right after a new request.
export const getServerSideProps = publicPageProps<Data>(async ({ query }) => {
  const code = typeof query.code === 'string' ? query.code.trim() : '';
  const status = code ? await getDataDeletionStatus({ confirmationCode: code }) : null;
  const lookup: Lookup = status
    ? { status: status.status, requestedAt: dateFormat.format(status.requestedAt), completedAt: status.completedAt ? dateFormat.format(status.completedAt) : null }
    : null;
  return { props: { code, received: query.received === '1' && lookup !== null, lookup } };
});

export default function DataDeletionStatusPage({ code, received, lookup, consent }: Data & PublicPageProps) {
  return (
    <PublicPage title="Data deletion status" noindex consent={consent}>
      <section className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">Data deletion status</h1>
        {received ? (
          <div id="received" className="mt-6 scroll-mt-24 rounded-2xl bg-emerald-50 p-6 ring-1 ring-emerald-200">
            <p className="font-semibold text-emerald-900">We received your request.</p>
            <p className="mt-2 text-emerald-900">Your confirmation code:</p>
            <p className="mt-1 font-mono text-2xl font-bold tracking-widest text-emerald-950" data-testid="confirmation-code">{code}</p>
            <p className="mt-3 text-sm text-emerald-900">Keep it, or bookmark this page, to check progress. Deletion usually completes within minutes.</p>
          </div>
        ) : null}
        <form method="get" className="mt-6 flex flex-wrap items-end gap-3">
          <label className="flex flex-col text-sm font-medium">
            Confirmation code
            <input name="code" defaultValue={code} required autoComplete="off" className="mt-1 rounded-lg border border-slate-300 px-3 py-2 font-mono uppercase" />
          </label>
          <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700">Check status</button>
        </form>
        {code ? (
          <div role="status" className="mt-8 rounded-2xl border border-slate-200 p-6 shadow-sm">
            {!lookup && <p>We have no deletion request with the code <strong className="font-mono">{code}</strong>. Check the code and try again.</p>}
            {lookup?.status === 'pending' && <p>Your request from {lookup.requestedAt} UTC is <strong>received</strong> and waiting to be processed. This usually takes a few minutes.</p>}
            {lookup?.status === 'in_progress' && <p>We are <strong>deleting</strong> your data now (requested {lookup.requestedAt} UTC).</p>}
            {lookup?.status === 'completed' && <p>Your data was <strong>deleted</strong> on {lookup.completedAt ?? lookup.requestedAt} UTC.</p>}
            {lookup?.status === 'failed' && <p>Deleting your data <strong>needs attention</strong> from our team; we are retrying and will complete it. Requested {lookup.requestedAt} UTC.</p>}
          </div>
        ) : (
          <p className="mt-8 text-slate-600">Enter the confirmation code you received when you asked for your data to be deleted.</p>
        )}
        <p className="mt-8 text-sm text-slate-600">
          No code yet? <Link href="/data-deletion" className="font-medium text-brand-700 underline">Ask us to delete your data</Link>.
        </p>
      </section>
    </PublicPage>
  );
}
