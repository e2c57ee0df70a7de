import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { formatAbsolute, formatRelative } from '@/components/audit/format-time';
import { ChannelChip, identityHandle } from '@/components/contacts/channel-chip';
import { ContactEditForm } from '@/components/contacts/contact-edit-form';
import { inboxHref } from '@/components/inbox/inbox-query';
import { ConfirmActionForm } from '@/components/privacy/confirm-action-form';
import { ButtonLink } from '@/components/ui/button-link';
import { isAppError } from '@/lib/errors';
import { findMergeSuggestions } from '@/lib/contacts/find-merge-suggestions';
import { getContactProfile } from '@/lib/contacts/get-contact-profile';
import { requireWorkspacePage } from '@/lib/workspaces/context';
import { deletePersonAction } from '../actions';

export const metadata: Metadata = { title: 'Contact' };

const card = 'rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200';
const dataLink = 'inline-flex items-center rounded-lg bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600';

export default async function ContactPage({ params, searchParams }: PageProps<'/contacts/[id]'>) {
  const ctx = await requireWorkspacePage('contacts.view');
  const { id } = await params;
  const merged = (await searchParams).merged === '1';
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const profile = await getContactProfile({ ctx, contactId: id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  if ('redirectTo' in profile) redirect(`/contacts/${profile.redirectTo}`);
  const { person, identities, conversations, attributes } = profile;
  const suggestions = ctx.can('contacts.merge') ? await findMergeSuggestions({ ctx, personId: person.id }) : [];
  const now = new Date();
  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm"><Link href="/contacts" className="font-semibold text-brand-700 hover:underline">← Contacts</Link></nav>
      {merged ? <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200">Contacts merged. Every channel identity and conversation below belongs to this person now.</p> : null}
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <h1 className="truncate text-2xl font-bold tracking-tight">{person.label}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {person.lastSeenAt ? <>Last seen <time dateTime={person.lastSeenAt.toISOString()} title={formatAbsolute(person.lastSeenAt)}>{formatRelative(person.lastSeenAt, now)}</time></> : 'Has not written yet'}
            {' · '}First seen <time dateTime={person.createdAt.toISOString()} title={formatAbsolute(person.createdAt)}>{formatRelative(person.createdAt, now)}</time>
          </p>
        </div>
        {ctx.can('contacts.merge') ? <ButtonLink href={`/contacts/${person.id}/merge`} variant="secondary">Merge with another contact…</ButtonLink> : null}
      </header>
      {ctx.can('data.export') || ctx.can('data.delete') ? (
        <section aria-labelledby="person-data-title" className={card}>
          <h2 id="person-data-title" className="text-sm font-semibold text-slate-900">Data</h2>
          <p className="mt-1 text-sm text-slate-600">Everything held about this person{identities.length > 1 ? ` across their ${identities.length} channel identities` : ''}: profile fields, conversations, messages and media links — for example when they ask for a copy or to be forgotten.</p>
          <div className="mt-3 flex flex-wrap items-start gap-2">
            {ctx.can('data.export') ? (
              <>
                <a href={`/api/contacts/${person.id}/export?format=json`} download className={dataLink} data-testid="export-person-json">Export JSON</a>
                <a href={`/api/contacts/${person.id}/export?format=csv`} download className={dataLink} data-testid="export-person-csv">Export CSV</a>
              </>
            ) : null}
            {ctx.can('data.delete') ? (
              <ConfirmActionForm
                action={deletePersonAction}
                fields={{ contactId: person.id }}
                openLabel="Delete contact…"
                title="Delete this person and all their data?"
                description={`Their profile${identities.length > 1 ? `, all ${identities.length} channel identities` : ''} and every conversation, message and media file are erased at once. This cannot be undone.`}
                confirmLabel="Delete contact and data"
                pendingLabel="Deleting…"
                testId="delete-person"
              />
            ) : null}
          </div>
        </section>
      ) : null}

      {suggestions.length ? (
        <section aria-labelledby="suggestions-title" className="rounded-xl bg-amber-50 p-4 ring-1 ring-amber-200">
          <h2 id="suggestions-title" className="text-sm font-semibold text-amber-950">Possibly the same person</h2>
          <ul className="mt-2 space-y-2">
            {suggestions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                <span className="min-w-0"><span className="font-medium text-slate-900">{s.label}</span> <span className="text-amber-900">— same {s.reason === 'email' ? 'email' : 'phone number'}</span></span>
                <Link href={`/contacts/${person.id}/merge?with=${s.id}`} className="rounded-lg bg-white px-3 py-1.5 text-xs font-semibold text-slate-900 ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600">Review merge</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="grid gap-5 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="details-title" className={card}>
          <h2 id="details-title" className="mb-4 font-semibold">Details</h2>
          <ContactEditForm person={person} attributes={attributes} readOnly={!ctx.can('contacts.edit')} />
          {attributes.length === 0 && ctx.can('contacts.configure') ? (
            <p className="mt-4 text-sm text-slate-600">Track more about your customers (plan, city, order count…) with <Link href="/settings/contact-fields" className="font-semibold text-brand-700 underline">custom contact fields</Link>.</p>
          ) : null}
        </section>

        <div className="space-y-5">
          <section aria-labelledby="identities-title" className={card}>
            <h2 id="identities-title" className="font-semibold">Channel identities</h2>
            <ul className="mt-3 space-y-3">
              {identities.map((identity) => (
                <li key={identity.id} className="text-sm">
                  <div className="flex flex-wrap items-center gap-2">
                    <ChannelChip type={identity.channel.type} handle={identityHandle(identity)} />
                    {identity.primary ? null : <span className="text-xs text-slate-500">merged {identity.mergedAt ? formatRelative(identity.mergedAt, now) : ''}</span>}
                  </div>
                  <p className="mt-1 truncate text-xs text-slate-600">{identity.name ?? 'No profile name'} · {identity.channel.name}</p>
                  {identity.unreachable ? <p className="mt-1 text-xs text-amber-800">Meta reports this identity can no longer be reached.</p> : null}
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="conversations-title" className={card}>
            <h2 id="conversations-title" className="font-semibold">Conversations</h2>
            {conversations.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">No conversations yet. Imported contacts get one when they write, or when you send them a WhatsApp template.</p>
            ) : (
              <ul className="mt-2 space-y-1">
                {conversations.map((c) => (
                  <li key={c.id}>
                    <Link href={inboxHref({ c: c.id, status: c.status })} className="block rounded-md px-2 py-1.5 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600">
                      <span className="flex items-baseline justify-between gap-2">
                        <span className="flex min-w-0 items-center gap-1.5">
                          <ChannelChip type={c.channel.type} />
                          <span className="truncate font-medium text-slate-800">{c.kind === 'comment_thread' ? 'Comments' : 'Messages'}</span>
                          <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs capitalize text-slate-700">{c.status}</span>
                        </span>
                        <time dateTime={c.lastMessageAt.toISOString()} title={formatAbsolute(c.lastMessageAt)} className="shrink-0 text-xs text-slate-500">{formatRelative(c.lastMessageAt, now)}</time>
                      </span>
                      <span className="block truncate text-xs text-slate-600">{c.lastMessagePreview ?? c.postCaption ?? 'No messages'}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {profile.moreConversations ? <p className="mt-1 text-xs text-slate-500">Showing the newest 100.</p> : null}
          </section>
        </div>
      </div>
    </div>
  );
}
