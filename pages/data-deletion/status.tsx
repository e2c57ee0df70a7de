import type { PageConfig } from 'next';
import Link from 'next/link';
import { PublicPage } from '@/components/marketing/public-page';
import { type PublicPageProps, publicPageProps } from '@/components/marketing/public-page-props';
import { describeErasure } from '@/lib/erasure/describe-erasure';
import { getDataDeletionStatus } from '@/lib/privacy/get-data-deletion-status';

// Public pages ship no framework JavaScript in production (docs/architecture.md, "Public pages").
export const config: PageConfig = { unstable_runtimeJS: false };

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

type Lookup = {
  status: 'awaiting_confirmation' | 'pending' | 'in_progress' | 'completed' | 'failed' | 'expired';
  identifierType: string | null;
  requestedAt: string;
  completedAt: string | null;
  expiresAt: string | null;
  proofCode: string | null;
  /** Completed: a sentence of what was erased, or null when nothing was found. */
  erasedSummary: string | null;
  accountNote: string | null;
} | null;
type Data = { code: string; received: boolean; lookup: Lookup };

function summarise(view: NonNullable<Awaited<ReturnType<typeof getDataDeletionStatus>>>): { erasedSummary: string | null; accountNote: string | null } {
  const e = view.erased;
  if (!e) return { erasedSummary: null, accountNote: null };
  const parts: string[] = [];
  const content = describeErasure(e);
  if (content !== 'nothing') parts.push(`${content}${e.workspaces ? ` at ${e.workspaces} business${e.workspaces === 1 ? '' : 'es'}` : ''}`);
  if (e.channels) parts.push(`${e.channels} connected account${e.channels === 1 ? '' : 's'} disconnected`);
  if (e.invitations) parts.push(`${e.invitations} invitation${e.invitations === 1 ? '' : 's'}`);
  if (e.emailCopies) parts.push(`${e.emailCopies} email cop${e.emailCopies === 1 ? 'y' : 'ies'}`);
  const accountNote =
    e.account === 'scheduled' && e.accountDeleteAfter
      ? `Your Relaydesk account is scheduled for deletion on ${dayFormat.format(new Date(e.accountDeleteAfter))}. Sign in before then to keep it.`
      : e.account === 'blocked'
        ? 'Your Relaydesk account is the only owner of a workspace with other members, so it was not deleted: sign in, make someone else owner, then delete it under Settings → Account.'
        : null;
  return { erasedSummary: parts.length ? parts.join('; ') : null, accountNote };
}

// ?code= looks a request up; ?received=1 is the form's redirect right after a new request.
export const getServerSideProps = publicPageProps<Data>(async ({ query }) => {
  const code = typeof query.code === 'string' ? query.code.trim() : '';
  const view = code ? await getDataDeletionStatus({ confirmationCode: code }) : null;
  const lookup: Lookup = view
    ? {
        status: view.status,
        identifierType: view.identifierType,
        requestedAt: dateFormat.format(view.requestedAt),
        completedAt: view.completedAt ? dateFormat.format(view.completedAt) : null,
        expiresAt: view.expiresAt ? dateFormat.format(view.expiresAt) : null,
        proofCode: view.proofCode,
        ...summarise(view),
      }
    : null;
  return { props: { code, received: query.received === '1' && lookup !== null, lookup } };
});

const accountWord: Record<string, string> = { whatsapp_number: 'WhatsApp number', instagram_username: 'Instagram account' };

function AwaitingProof({ lookup }: { lookup: NonNullable<Lookup> }) {
  if (lookup.identifierType === 'email') {
    return (
      <div data-testid="awaiting-confirmation">
        <p><strong>Waiting for your confirmation.</strong> We emailed a confirmation link to the address you gave. Open it to confirm that the address is yours.</p>
        <p className="mt-3 text-sm text-slate-600">Nothing is deleted until you confirm. Without confirmation the request expires on {lookup.expiresAt} UTC and nothing happens.</p>
      </div>
    );
  }
  if (!lookup.proofCode) {
    return <p data-testid="awaiting-confirmation">This request can no longer be confirmed: its code was sent too often from other accounts. <Link href="/data-deletion" className="font-medium text-brand-700 underline">Make a new request</Link>.</p>;
  }
  const account = accountWord[lookup.identifierType ?? ''] ?? 'account';
  return (
    <div data-testid="awaiting-confirmation">
      <p><strong>Prove that the {account} is yours.</strong> Send this code as a message, from that {account}, to a business you have written to that uses Relaydesk:</p>
      <p className="mt-3 font-mono text-2xl font-bold tracking-widest" data-testid="proof-code">{lookup.proofCode}</p>
      <ul className="mt-4 list-disc space-y-1 pl-5 text-sm text-slate-700">
        <li>As soon as your message arrives we delete your data at every business using Relaydesk — including the message with the code.</li>
        <li>We never tell anyone on this page which businesses hold data about you.</li>
        <li>The code works until {lookup.expiresAt} UTC. If no message with it arrives by then, the request expires and nothing is deleted.</li>
      </ul>
    </div>
  );
}

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
            <p className="mt-3 text-sm text-emerald-900">Keep it, or bookmark this page, to check progress. Nothing is deleted until you prove the request is yours (below).</p>
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
          <div role="status" className="mt-8 rounded-2xl border border-slate-200 p-6 shadow-sm" data-status={lookup?.status ?? 'unknown'}>
            {!lookup && <p>We have no deletion request with the code <strong className="font-mono">{code}</strong>. Check the code and try again.</p>}
            {lookup?.status === 'awaiting_confirmation' && <AwaitingProof lookup={lookup} />}
            {lookup?.status === 'pending' && <p>Your request from {lookup.requestedAt} UTC is <strong>confirmed</strong> and waiting to be processed. This usually takes a few minutes.</p>}
            {lookup?.status === 'in_progress' && <p>We are <strong>deleting</strong> your data now (requested {lookup.requestedAt} UTC).</p>}
            {lookup?.status === 'completed' && (
              <div data-testid="completed">
                {lookup.erasedSummary ? (
                  <p>Completed on {lookup.completedAt} UTC. We <strong>deleted</strong>: {lookup.erasedSummary}.</p>
                ) : (
                  <p>Completed on {lookup.completedAt} UTC. We <strong>found no data</strong> about you, so there was nothing to delete.</p>
                )}
                {lookup.accountNote ? <p className="mt-3">{lookup.accountNote}</p> : null}
              </div>
            )}
            {lookup?.status === 'expired' && <p>This request <strong>expired</strong> on {lookup.completedAt ?? lookup.requestedAt} UTC without being confirmed. <strong>Nothing was deleted.</strong> <Link href="/data-deletion" className="font-medium text-brand-700 underline">Make a new request</Link>.</p>}
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
