import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChannelChip, identityHandle } from '@/components/contacts/channel-chip';
import { MergeConfirmForm } from '@/components/contacts/merge-confirm-form';
import { inputClass, labelClass } from '@/components/ui/form-status';
import { isAppError } from '@/lib/errors';
import { listContacts } from '@/lib/contacts/list-contacts';
import { getContactProfile } from '@/lib/contacts/get-contact-profile';
import { previewContactMerge, type ContactMergePreview } from '@/lib/contacts/preview-contact-merge';
import { requireWorkspacePage } from '@/lib/workspaces/context';

export const metadata: Metadata = { title: 'Merge contacts' };

const card = 'rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200';
const isId = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v);

function PersonCard({ title, person }: { title: string; person: ContactMergePreview['target'] }) {
  return (
    <section aria-label={title} className={card}>
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</p>
      <p className="mt-1 truncate text-lg font-bold text-slate-900">{person.label}</p>
      <p className="text-sm text-slate-600">{person.conversations === 1 ? '1 conversation' : `${person.conversations} conversations`}</p>
      <ul className="mt-2 flex flex-wrap gap-1">{person.identities.map((i) => <li key={i.id}><ChannelChip type={i.channel.type} handle={identityHandle(i)} /></li>)}</ul>
    </section>
  );
}

export default async function MergeContactsPage({ params, searchParams }: PageProps<'/contacts/[id]/merge'>) {
  const ctx = await requireWorkspacePage('contacts.merge');
  const { id } = await params;
  const query = await searchParams;
  if (!isId(id)) notFound();
  const profile = await getContactProfile({ ctx, contactId: id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  if ('redirectTo' in profile) notFound();
  const withId = isId(query.with) ? query.with : undefined;
  const q = typeof query.q === 'string' ? query.q.slice(0, 100) : '';

  const outcome: { preview: ContactMergePreview | null; error: string | null } = withId
    ? await previewContactMerge({ ctx, targetContactId: id, sourceContactId: withId }).then(
        (preview) => ({ preview, error: null }),
        (error: unknown) => {
          if (!isAppError(error)) throw error;
          return { preview: null, error: error.code === 'not_found' ? 'That contact does not exist in this workspace.' : error.message };
        },
      )
    : { preview: null, error: null };
  const { preview, error: previewError } = outcome;
  const candidates = !withId && q ? (await listContacts({ ctx, filters: { q }, pageSize: 11 })).contacts.filter((c) => c.id !== id).slice(0, 10) : [];

  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm"><Link href={`/contacts/${id}`} className="font-semibold text-brand-700 hover:underline">← {profile.person.label}</Link></nav>
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Merge contacts</h1>
        <p className="mt-1 text-sm text-slate-600">Merging makes two contacts one person. Both channel identities stay, so you can still reply on each channel, and every conversation is kept.</p>
      </header>

      {!preview ? (
        <section aria-labelledby="find-title" className={card}>
          <h2 id="find-title" className="font-semibold">Which contact is also {profile.person.label}?</h2>
          {previewError ? <p role="alert" className="mt-3 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">{previewError}</p> : null}
          <form method="get" role="search" className="mt-3 flex flex-wrap items-end gap-2">
            <div className="min-w-0 flex-1">
              <label htmlFor="merge-q" className={labelClass}>Search contacts</label>
              <input id="merge-q" name="q" type="search" defaultValue={q} maxLength={100} placeholder="Name, @handle, phone or email" className={`mt-1 ${inputClass}`} autoFocus />
            </div>
            <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">Search</button>
          </form>
          {q ? (
            candidates.length ? (
              <ul className="mt-4 divide-y divide-slate-100" aria-label="Matching contacts">
                {candidates.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span className="min-w-0">
                      <span className="block truncate font-medium text-slate-900">{c.label}</span>
                      <span className="mt-0.5 flex flex-wrap gap-1">{c.identities.map((i) => <ChannelChip key={i.id} type={i.channelType} handle={identityHandle(i)} />)}</span>
                    </span>
                    <Link href={`/contacts/${id}/merge?with=${c.id}`} aria-label={`Preview merging ${c.label}`} className="rounded-lg bg-white px-3 py-1.5 text-xs font-semibold text-slate-900 ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600">Preview merge</Link>
                  </li>
                ))}
              </ul>
            ) : <p className="mt-4 text-sm text-slate-600">No other contact matches “{q}”.</p>
          ) : null}
        </section>
      ) : (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <PersonCard title="Keep" person={preview.target} />
            <PersonCard title="Merge in" person={preview.source} />
          </div>
          <section aria-labelledby="result-title" className={card}>
            <h2 id="result-title" className="font-semibold">After the merge</h2>
            <p className="mt-1 text-sm text-slate-600">One person with {preview.identities} channel identities and {preview.conversations} conversations.</p>
            <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
              {(['displayName', 'email', 'phone'] as const).map((key) => (
                <div key={key} className="contents">
                  <dt className="text-slate-500">{{ displayName: 'Name', email: 'Email', phone: 'Phone' }[key]}</dt>
                  <dd className="min-w-0 break-words text-slate-900">
                    {preview.result[key].value ?? <span className="text-slate-400">—</span>}
                    {preview.result[key].dropped ? <span className="block text-xs text-amber-800">“{preview.result[key].dropped}” from {preview.source.label} is not kept.</span> : null}
                  </dd>
                </div>
              ))}
              <dt className="text-slate-500">Notes</dt>
              <dd className="whitespace-pre-line break-words text-slate-900">{preview.result.notes ?? <span className="text-slate-400">—</span>}</dd>
              {Object.keys(preview.result.attributes).length ? (
                <>
                  <dt className="text-slate-500">Custom fields</dt>
                  <dd className="text-slate-900">
                    {Object.entries(preview.result.attributes).map(([key, value]) => <span key={key} className="block">{key}: {String(value)}</span>)}
                    {preview.result.droppedAttributes.length ? <span className="block text-xs text-amber-800">{preview.source.label}&rsquo;s {preview.result.droppedAttributes.join(', ')} differ and are not kept.</span> : null}
                  </dd>
                </>
              ) : null}
            </dl>
          </section>
          <div className="flex flex-wrap items-start gap-3">
            <MergeConfirmForm targetContactId={preview.target.id} sourceContactId={preview.source.id} label={`Merge into ${preview.target.label}`} />
            <Link href={`/contacts/${preview.source.id}/merge?with=${preview.target.id}`} className="rounded-lg px-4 py-2.5 text-sm font-semibold text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600">Keep {preview.source.label}&rsquo;s details instead</Link>
            <Link href={`/contacts/${id}`} className="px-2 py-2.5 text-sm font-semibold text-slate-600 hover:underline">Cancel</Link>
          </div>
        </>
      )}
    </div>
  );
}
