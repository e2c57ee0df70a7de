// /dev/mailbox – emails the app "sent" while RESEND_API_KEY is unset (development and tests).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { devToolsEnabled } from '@/lib/config/dev-tools-enabled';
import { listDevMailbox } from '@/lib/email/list-dev-mailbox';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Dev mailbox', robots: { index: false } };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
const isUuid = (value: string | undefined) => !!value && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export default async function DevMailboxPage({ searchParams }: PageProps<'/dev/mailbox'>) {
  if (!devToolsEnabled()) notFound();
  const query = await searchParams;
  const to = first(query.to)?.slice(0, 320);
  const cursor = first(query.cursor);
  const { messages, nextCursor } = await listDevMailbox({ to, cursor: isUuid(cursor) ? cursor : undefined });
  const olderHref = nextCursor ? `/dev/mailbox?${new URLSearchParams({ ...(to ? { to } : {}), cursor: nextCursor })}` : null;

  return (
    <main className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Development</p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">Dev mailbox</h1>
      <p className="mt-2 text-slate-600">Emails are stored here instead of being sent while RESEND_API_KEY is unset.</p>

      <form method="get" action="/dev/mailbox" className="mt-6 flex flex-wrap items-end gap-3" role="search">
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor="mailbox-to" className="text-sm font-medium text-slate-700">Recipient</label>
          <input
            id="mailbox-to"
            name="to"
            type="email"
            defaultValue={to}
            placeholder="someone@example.com"
            className="rounded-lg border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100"
          />
        </div>
        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
          Filter
        </button>
        {to && (
          <Link href="/dev/mailbox" className="rounded-lg px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-100">
            Show all
          </Link>
        )}
      </form>

      {messages.length === 0 ? (
        <div className="mt-8 rounded-2xl border border-dashed border-slate-300 p-10 text-center">
          <p className="font-semibold">{to ? `No emails to ${to} yet` : 'No emails yet'}</p>
          <p className="mt-2 text-sm text-slate-600">
            No emails yet — emails the app sends appear here when RESEND_API_KEY is unset.
          </p>
        </div>
      ) : (
        <ul className="mt-8 divide-y divide-slate-200 overflow-hidden rounded-2xl border border-slate-200 shadow-sm" aria-label="Emails, newest first">
          {messages.map((message) => (
            <li key={message.id}>
              <Link href={`/dev/mailbox/${message.id}`} className="flex flex-col gap-1 px-5 py-4 hover:bg-slate-50 sm:flex-row sm:items-baseline sm:gap-4">
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-semibold text-slate-900">{message.subject}</span>
                  <span className="block truncate text-sm text-slate-600">To {message.to}</span>
                </span>
                <time dateTime={message.createdAt.toISOString()} className="shrink-0 text-sm text-slate-500">
                  {message.createdAt.toISOString().replace('T', ' ').slice(0, 19)} UTC
                </time>
              </Link>
            </li>
          ))}
        </ul>
      )}

      {olderHref && (
        <div className="mt-6">
          <Link href={olderHref} className="text-sm font-semibold text-brand-700 hover:underline">Older emails →</Link>
        </div>
      )}
    </main>
  );
}
