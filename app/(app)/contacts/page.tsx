import type { Metadata } from 'next';
import Link from 'next/link';
import { formatAbsolute, formatRelative } from '@/components/audit/format-time';
import { ChannelChip, identityHandle } from '@/components/contacts/channel-chip';
import { ContactFilters } from '@/components/contacts/contact-filters';
import { ButtonLink } from '@/components/ui/button-link';
import { contactListFiltersSchema } from '@/lib/contacts/contact.schema';
import { listContacts } from '@/lib/contacts/list-contacts';
import { listLabels } from '@/lib/inbox/list-labels';
import { requireWorkspacePage } from '@/lib/workspaces/context';

export const metadata: Metadata = { title: 'Contacts' };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function ContactsPage({ searchParams }: PageProps<'/contacts'>) {
  const ctx = await requireWorkspacePage('contacts.view');
  const raw = await searchParams;
  const filters = contactListFiltersSchema.parse(Object.fromEntries(['q', 'channel', 'label', 'seen', 'sort', 'cursor'].map((key) => [key, first(raw[key])])));
  const [page, labels] = await Promise.all([listContacts({ ctx, filters }), listLabels({ ctx })]);
  const query = (extra: Record<string, string | undefined>) =>
    new URLSearchParams(Object.entries({ ...filters, cursor: undefined, ...extra }).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  const filtered = Boolean(filters.q || filters.channel || filters.label || filters.seen);
  const now = new Date();
  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Contacts</h1>
          <p className="mt-1 text-sm text-slate-600">Everyone who has written to {ctx.workspace.name}, one row per person across Instagram, Messenger and WhatsApp.</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {ctx.can('contacts.import') ? <ButtonLink href="/contacts/import" variant="secondary">Import CSV</ButtonLink> : null}
          {ctx.can('contacts.export') ? (
            <a href={`/api/contacts/export?${query({})}`} download className="inline-flex items-center justify-center rounded-lg bg-white px-4 py-2.5 text-sm font-semibold text-slate-900 ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600">
              Export CSV
            </a>
          ) : null}
        </div>
      </header>

      {first(raw.deleted) === '1' ? <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200">Contact deleted, with all their channel identities, conversations and files.</p> : null}

      <ContactFilters filters={filters} labels={labels} />

      {page.contacts.length === 0 ? (
        <div className="rounded-xl bg-white p-8 text-center shadow-sm ring-1 ring-slate-200">
          {filtered || filters.cursor ? (
            <>
              <p className="font-semibold text-slate-900">No contacts match these filters.</p>
              <p className="mt-1 text-sm text-slate-600">Try a shorter search, or <Link href="/contacts" className="font-semibold text-brand-700 underline">clear the filters</Link>.</p>
            </>
          ) : (
            <>
              <p className="font-semibold text-slate-900">No contacts yet.</p>
              <p className="mt-1 text-sm text-slate-600">People appear here when they message a connected channel{ctx.can('contacts.import') ? ', or when you import a CSV' : ''}.</p>
              <div className="mt-4 flex justify-center gap-2">
                <ButtonLink href="/channels" variant="secondary">Connect a channel</ButtonLink>
                {ctx.can('contacts.import') ? <ButtonLink href="/contacts/import">Import contacts</ButtonLink> : null}
              </div>
            </>
          )}
        </div>
      ) : (
        <section aria-label="Contacts" className="overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          <div className="hidden grid-cols-[2fr_2fr_2fr_1fr] gap-4 border-b border-slate-200 bg-slate-50 px-4 py-2 text-xs font-semibold uppercase tracking-wide text-slate-500 md:grid" aria-hidden>
            <span>Name</span><span>Channels</span><span>Email · phone</span><span>Last seen</span>
          </div>
          <ul className="divide-y divide-slate-100">
            {page.contacts.map((contact) => (
              <li key={contact.id}>
                <Link href={`/contacts/${contact.id}`} className="grid gap-1 px-4 py-3 hover:bg-slate-50 focus-visible:bg-brand-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600 md:grid-cols-[2fr_2fr_2fr_1fr] md:items-center md:gap-4">
                  <span className="min-w-0">
                    <span className="block truncate font-semibold text-slate-900">{contact.label}</span>
                    <span className="block text-xs text-slate-500">{contact.conversations === 1 ? '1 conversation' : `${contact.conversations} conversations`}</span>
                  </span>
                  <span className="flex min-w-0 flex-wrap gap-1">
                    {contact.identities.map((identity) => <ChannelChip key={identity.id} type={identity.channelType} handle={identityHandle(identity)} />)}
                  </span>
                  <span className="min-w-0 truncate text-sm text-slate-700">{[contact.email, contact.phone].filter(Boolean).join(' · ') || <span className="text-slate-400">—</span>}</span>
                  <span className="text-sm text-slate-600">
                    {contact.lastSeenAt ? <time dateTime={contact.lastSeenAt.toISOString()} title={formatAbsolute(contact.lastSeenAt)}><span className="md:hidden">Last seen </span>{formatRelative(contact.lastSeenAt, now)}</time> : <span className="text-slate-400">Never wrote</span>}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <nav aria-label="Pagination" className="flex justify-between">
        {filters.cursor ? <Link href={`/contacts?${query({})}`} className="text-sm font-semibold text-brand-700 hover:underline">← First page</Link> : <span />}
        {page.nextCursor ? <Link href={`/contacts?${query({ cursor: page.nextCursor })}`} className="text-sm font-semibold text-brand-700 hover:underline">Next page →</Link> : null}
      </nav>
    </div>
  );
}
