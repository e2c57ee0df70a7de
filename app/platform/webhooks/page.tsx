import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCurrentSession } from '@/lib/auth/get-current-session';
import { listWebhookLog } from '@/lib/meta/webhooks/list-webhook-log';
import { isPlatformAdmin } from '@/lib/platform/is-platform-admin';

export const metadata: Metadata = { title: 'Platform · Webhooks', robots: { index: false } };

const time = (date: Date) => date.toISOString().replace('T', ' ').slice(0, 19);

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
        <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="min-w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs uppercase text-slate-500">
              <tr><th className="px-3 py-2">Received</th><th className="px-3 py-2">Object</th><th className="px-3 py-2">Status</th><th className="px-3 py-2">Routing key</th><th className="px-3 py-2">Error</th><th className="px-3 py-2">Event</th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {problemEvents.length === 0 && <tr><td colSpan={6} className="px-3 py-4 text-slate-500">None.</td></tr>}
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
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="deliveries" className="space-y-2">
        <h2 id="deliveries" className="text-lg font-semibold">Recent deliveries</h2>
        <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="min-w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs uppercase text-slate-500">
              <tr><th className="px-3 py-2">Received</th><th className="px-3 py-2">Object</th><th className="px-3 py-2">Status</th><th className="px-3 py-2">Events</th><th className="px-3 py-2">Error</th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {deliveries.length === 0 && <tr><td colSpan={5} className="px-3 py-4 text-slate-500">No deliveries yet.</td></tr>}
              {deliveries.map((d) => (
                <tr key={d.id}>
                  <td className="whitespace-nowrap px-3 py-2">{time(d.receivedAt)}</td>
                  <td className="px-3 py-2">{d.object ?? '—'}</td>
                  <td className={`px-3 py-2 ${d.status === 'malformed' ? 'text-red-700' : ''}`}>{d.status}</td>
                  <td className="px-3 py-2">{d.eventCount}</td>
                  <td className="px-3 py-2 text-xs">{d.error ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
