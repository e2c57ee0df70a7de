import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ConfirmActionForm } from '@/components/privacy/confirm-action-form';
import { Logo } from '@/components/ui/logo';
import { getCurrentSession } from '@/lib/auth/get-current-session';
import { listClosedWorkspaces } from '@/lib/workspaces/list-closed-workspaces';
import { listMyWorkspaces } from '@/lib/workspaces/list-my-workspaces';
import { restoreWorkspaceAction } from '../actions';

export const metadata: Metadata = { title: 'Closed workspaces' };

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

// Outside the (app) group on purpose: an owner whose only workspace is closed has no workspace
// context, and this is where they restore it during the grace period.
export default async function ClosedWorkspacesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await getCurrentSession();
  if (!session) redirect('/login?next=/workspaces/closed');
  const [closed, open] = await Promise.all([listClosedWorkspaces({ userId: session.user.id }), listMyWorkspaces(session.user.id)]);
  const justClosed = (await searchParams).closed === '1';
  return (
    <main className="flex min-h-dvh items-start justify-center bg-slate-50 px-4 py-12">
      <div className="w-full max-w-xl">
        <Link href="/" className="mx-auto flex w-fit items-center gap-2 font-semibold"><Logo /> Relaydesk</Link>
        <div className="mt-8 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8">
          <h1 className="text-xl font-bold tracking-tight">Closed workspaces</h1>
          {justClosed ? <p role="status" className="mt-3 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">The workspace is closed. Every member was emailed.</p> : null}
          <p className="mt-2 text-sm text-slate-600">A closed workspace is erased for good 30 days after it was closed. Until then its owners can restore it.</p>
          {closed.length === 0 ? (
            <p className="mt-6 text-sm text-slate-700">You own no closed workspace.</p>
          ) : (
            <ul className="mt-6 divide-y divide-slate-200" data-testid="closed-workspaces">
              {closed.map((w) => (
                <li key={w.id} className="flex flex-wrap items-center justify-between gap-3 py-4">
                  <div>
                    <p className="font-semibold">{w.name}</p>
                    <p className="text-sm text-slate-600">Closed {w.closedAt ? dateFormat.format(w.closedAt) : ''} · erased on <strong>{w.eraseAfter ? dateFormat.format(w.eraseAfter) : ''}</strong></p>
                  </div>
                  <ConfirmActionForm
                    action={restoreWorkspaceAction}
                    fields={{ workspaceId: w.id }}
                    openLabel="Restore…"
                    title={`Restore ${w.name}?`}
                    description="Members get access again. Channels stay disconnected until you reconnect them on the Channels page."
                    confirmLabel="Restore workspace"
                    pendingLabel="Restoring…"
                    testId="restore-workspace"
                  />
                </li>
              ))}
            </ul>
          )}
        </div>
        <p className="mt-6 text-center text-sm text-slate-600">
          {open.length ? <Link href="/inbox" className="font-semibold text-brand-700 hover:underline">Back to {open[0]!.name}</Link> : <Link href="/workspaces/new" className="font-semibold text-brand-700 hover:underline">Create a workspace</Link>}
        </p>
      </div>
    </main>
  );
}
