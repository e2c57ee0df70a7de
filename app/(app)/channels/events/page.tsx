import type { Metadata } from 'next';
import Link from 'next/link';
import { ReplayAllDeadButton, ReplayEventButton } from '@/components/channels/replay-event-buttons';
import { listFailedWebhookEvents } from '@/lib/meta/webhooks/list-failed-webhook-events';
import { requireWorkspacePage } from '@/lib/workspaces/context';
import { eventsPageSchema } from './events.schema';

export const metadata: Metadata = { title: 'Webhook events' };

const objectLabels: Record<string, string> = { instagram: 'Instagram', page: 'Messenger', whatsapp_business_account: 'WhatsApp' };

export default async function WebhookEventsPage({ searchParams }: PageProps<'/channels/events'>) {
  const ctx = await requireWorkspacePage('channels.manage');
  const raw = await searchParams;
  const { cursor } = eventsPageSchema.parse({ cursor: Array.isArray(raw.cursor) ? raw.cursor[0] : raw.cursor });
  const page = await listFailedWebhookEvents({ ctx, cursor });

  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-8 sm:px-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Webhook events</h1>
          <p className="mt-1 text-slate-600">Messages and statuses from Meta that could not be processed. Replaying is safe: nothing is stored twice. Times are in UTC.</p>
        </div>
        {page.deadCount > 0 && <ReplayAllDeadButton count={page.deadCount} />}
      </header>

      {page.events.length === 0 ? (
        <p className="rounded-xl bg-white p-6 text-slate-600 shadow-sm ring-1 ring-slate-200">Nothing failed. Every event from Meta was processed.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          {page.events.map((event) => (
            <li key={event.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0 space-y-1">
                <p className="text-sm font-semibold">
                  {objectLabels[event.object] ?? event.object}{' '}
                  <span className={event.status === 'dead' ? 'text-red-700' : 'text-amber-700'}>{event.status}</span>
                  <span className="font-normal text-slate-500"> · {event.attempts} attempt{event.attempts === 1 ? '' : 's'}</span>
                </p>
                <p className="text-xs text-slate-500">
                  Received <time dateTime={event.createdAt.toISOString()}>{event.createdAt.toISOString().replace('T', ' ').slice(0, 19)}</time> · last try{' '}
                  <time dateTime={event.updatedAt.toISOString()}>{event.updatedAt.toISOString().replace('T', ' ').slice(0, 19)}</time>
                </p>
                {event.lastError && <p className="break-words font-mono text-xs text-slate-700">{event.lastError}</p>}
              </div>
              <ReplayEventButton eventId={event.id} />
            </li>
          ))}
        </ul>
      )}

      {page.nextCursor && (
        <Link href={`/channels/events?cursor=${page.nextCursor}`} className="inline-block text-sm font-semibold text-brand-700 hover:underline">
          Load older
        </Link>
      )}
    </div>
  );
}
