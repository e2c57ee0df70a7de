import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCurrentSession } from '@/lib/auth/get-current-session';
import { listWebhookLog } from '@/lib/meta/webhooks/list-webhook-log';
import { isPlatformAdmin } from '@/lib/platform/is-platform-admin';
import { PlatformTable, utcTime as time } from '@/components/platform/platform-table';

export const metadata: Metadata = { title: 'Platform · Webhooks', robots: { index: false } };

// Platform operators only; everyone else gets a plain 404 so the page's existence is not revealed.
export default async function PlatformWebhooksPage() {
  const session = await getCurrentSession();
  if (!session || !isPlatformAdmin(session.user.email)) notFound();
  const { deliveries, problemEvents } = await listWebhookLog();

  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-8 sm:px-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Webhook log</h1>
        <p className="mt-1 text-slate-600">Recent Meta deliveries and events that reached no workspace. Times in UTC. Replay with <code>npm run events:replay</code>.</p>
      </header>

      <section aria-labelledby="problems" className="space-y-2">
        <h2 id="problems" className="text-lg font-semibold">Unroutable, malformed and dead events</h2>
        <PlatformTable headings={['Received', 'Object', 'Status', 'Routing key', 'Error', 'Event']} empty="None.">
              {problemEvents.map((e) => (
                <tr key={e.id}>
                  <td className="whitespace-nowrap px-3 py-2">{time(e.createdAt)}</td>
                  <td className="px-3 py-2">{e.object}</td>
                  <td className="px-3 py-2">{e.status}</td>
                  <td className="px-3 py-2 font-mono text-xs">{e.routingKey ?? '—'}</td>
                  <td className="px-3 py-2 text-xs">{e.lastError ?? ''}</td>
                  <td className="px-3 py-2 font-mono text-xs">{e.id}</td>
                </tr>
              ))}
        </PlatformTable>
      </section>

      <section aria-labelledby="deliveries" className="space-y-2">
        <h2 id="deliveries" className="text-lg font-semibold">Recent deliveries</h2>
        <PlatformTable headings={['Received', 'Object', 'Status', 'Events', 'Error']} empty="No deliveries yet.">
              {deliveries.map((d) => (
                <tr key={d.id}>
                  <td className="whitespace-nowrap px-3 py-2">{time(d.receivedAt)}</td>
                  <td className="px-3 py-2">{d.object ?? '—'}</td>
                  <td className={`px-3 py-2 ${d.status === 'malformed' ? 'text-red-700' : ''}`}>{d.status}</td>
                  <td className="px-3 py-2">{d.eventCount}</td>
                  <td className="px-3 py-2 text-xs">{d.error ?? ''}</td>
                </tr>
              ))}
        </PlatformTable>
      </section>
    </div>
  );
}
