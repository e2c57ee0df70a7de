// /dev/mailbox/[id] – one dev-mailbox email: sandboxed HTML, plain text and its links.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDevMailboxMessage } from '@/lib/email/get-dev-mailbox-message';
import { devToolsEnabled } from '@/lib/config/dev-tools-enabled';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Dev mailbox', robots: { index: false } };

export default async function DevMailboxMessagePage({ params }: PageProps<'/dev/mailbox/[id]'>) {
  if (!devToolsEnabled()) notFound();
  const { id } = await params;
  const message = await getDevMailboxMessage({ id });
  if (!message) notFound();

  return (
    <main className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <Link href={`/dev/mailbox?${new URLSearchParams({ to: message.to })}`} className="text-sm font-semibold text-brand-700 hover:underline">
        ← Dev mailbox
      </Link>
      <h1 className="mt-3 text-2xl font-bold tracking-tight">{message.subject}</h1>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500">To</dt>
        <dd className="text-slate-900">{message.to}</dd>
        <dt className="text-slate-500">Template</dt>
        <dd className="text-slate-900">{message.template}</dd>
        <dt className="text-slate-500">Stored</dt>
        <dd className="text-slate-900">
          <time dateTime={message.createdAt.toISOString()}>{message.createdAt.toISOString().replace('T', ' ').slice(0, 19)} UTC</time>
        </dd>
      </dl>

      <section aria-labelledby="links-title" className="mt-6 rounded-2xl border border-slate-200 p-5 shadow-sm">
        <h2 id="links-title" className="font-semibold">Links in this email</h2>
        {message.links.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">This email has no links.</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {message.links.map((link) => (
              <li key={link}>
                <a href={link} className="break-all text-sm text-brand-700 hover:underline">{link}</a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="html-title" className="mt-6">
        <h2 id="html-title" className="font-semibold">HTML</h2>
        {/* sandbox="" : no scripts, no same-origin access, no navigation out of the frame. */}
        <iframe
          title={`Email: ${message.subject}`}
          srcDoc={message.html}
          sandbox=""
          className="mt-2 h-[36rem] w-full rounded-2xl border border-slate-200 bg-white shadow-sm"
        />
      </section>

      <section aria-labelledby="text-title" className="mt-6">
        <h2 id="text-title" className="font-semibold">Plain text</h2>
        <pre className="mt-2 overflow-x-auto whitespace-pre-wrap rounded-2xl border border-slate-200 bg-slate-50 p-5 text-sm text-slate-800">{message.text}</pre>
      </section>
    </main>
  );
}
