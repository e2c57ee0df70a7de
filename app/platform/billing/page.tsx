import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/components/ui/action-form';
import { getCurrentSession } from '@/lib/auth/get-current-session';
import { listStripeEventLog } from '@/lib/billing/webhooks/list-stripe-event-log';
import { isPlatformAdmin } from '@/lib/platform/is-platform-admin';
import { PlatformTable, utcTime as time } from '@/components/platform/platform-table';
import { replayStripeEventAction } from './actions';

export const metadata: Metadata = { title: 'Platform · Billing events', robots: { index: false } };


// Platform operators only; everyone else gets a plain 404 so the page's existence is not revealed.
export default async function PlatformBillingPage() {
  const session = await getCurrentSession();
  if (!session || !isPlatformAdmin(session.user.email)) notFound();
  const { problems, recent } = await listStripeEventLog();
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-8 sm:px-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Stripe events</h1>
        <p className="mt-1 text-slate-600">Billing webhooks that matched no workspace or price, failed after every retry, and the latest ones. Times in UTC.</p>
      </header>
      <section aria-labelledby="problems" className="space-y-2">
        <h2 id="problems" className="text-lg font-semibold">Unmatched and failed</h2>
        <PlatformTable headings={['Received', 'Type', 'Status', 'Why', 'Workspace', 'Event', 'Replay']} empty="None.">
              {problems.map((e) => (
                <tr key={e.id}>
                  <td className="whitespace-nowrap px-3 py-2">{time(e.receivedAt)}</td>
                  <td className="px-3 py-2">{e.type}</td>
                  <td className="px-3 py-2 text-red-700">{e.status}</td>
                  <td className="px-3 py-2 text-xs">{e.error ?? ''}</td>
                  <td className="px-3 py-2 font-mono text-xs">{e.workspaceId ?? '—'}</td>
                  <td className="px-3 py-2 font-mono text-xs">{e.id}</td>
                  <td className="px-3 py-2"><ActionForm action={replayStripeEventAction} hidden={{ stripeEventId: e.id }} label="Replay" /></td>
                </tr>
              ))}
        </PlatformTable>
      </section>
      <section aria-labelledby="recent" className="space-y-2">
        <h2 id="recent" className="text-lg font-semibold">Latest events</h2>
        <PlatformTable headings={['Received', 'Type', 'Status', 'Attempts', 'Processed', 'Mode']} empty="No events yet.">
              {recent.map((e) => (
                <tr key={e.id}>
                  <td className="whitespace-nowrap px-3 py-2">{time(e.receivedAt)}</td>
                  <td className="px-3 py-2">{e.type}</td>
                  <td className="px-3 py-2">{e.status}</td>
                  <td className="px-3 py-2">{e.attempts}</td>
                  <td className="whitespace-nowrap px-3 py-2">{time(e.processedAt)}</td>
                  <td className="px-3 py-2">{e.livemode ? 'live' : 'test'}</td>
                </tr>
              ))}
        </PlatformTable>
      </section>
    </div>
  );
}
