// The right-hand panel of a conversation: who the person is, the channel identity they wrote
// from, their previous conversations, and (via `children`) the labels editor and notes.
import Link from 'next/link';
import { formatAbsolute, formatRelative } from '@/components/audit/format-time';
import { channelTypeLabel } from '@/lib/channels/channel-labels';
import { safeLinkUrl } from '@/lib/http/safe-link-url';
import { getContactPanel } from '@/lib/inbox/get-contact-panel';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { ContactDataSection } from './contact-data-section';
import { ContactPanelShell } from './contact-panel-shell';
import { contactDisplayName } from '@/lib/contacts/contact-display-name';
import { CopyButton } from './copy-button';

const idLabel = { instagram: 'Instagram-scoped id (IGSID)', messenger: 'Page-scoped id (PSID)', whatsapp: 'WhatsApp id' } as const;

/**
 * `children` is where the lead plugs in the labels editor and internal notes; `previousHref`
 * builds the link to another conversation (keeps the inbox filters).
 */
export async function ContactPanel({ ctx, conversationId, previousHref, children }: {
  ctx: Pick<WorkspaceContext, 'db' | 'can'>;
  conversationId: string;
  previousHref: (conversationId: string) => string;
  children?: React.ReactNode;
}) {
  const { contact, person, previousConversations, morePrevious } = await getContactPanel({ ctx, conversationId });
  const { channel } = contact;
  const name = contactDisplayName({ ...contact, displayName: person.displayName }, channel.type);
  const avatarUrl = safeLinkUrl(contact.avatarUrl);
  const now = new Date();
  return (
    <ContactPanelShell conversationId={conversationId}>
      <section aria-label="Profile" className="flex items-center gap-3 px-4 py-4">
        <span className="flex h-14 w-14 shrink-0 items-center justify-center overflow-hidden rounded-full bg-slate-200 text-lg font-bold text-slate-700" aria-hidden>
          {avatarUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- short-lived Meta CDN URL
            <img src={avatarUrl} alt="" referrerPolicy="no-referrer" className="h-full w-full object-cover" />
          ) : name.replace(/^[@+]/, '').slice(0, 1).toUpperCase()}
        </span>
        <div className="min-w-0">
          <p className="truncate text-base font-bold text-slate-900">{name}</p>
          {contact.username && contact.name ? <p className="truncate text-sm text-slate-600">@{contact.username}</p> : null}
          {channel.type === 'whatsapp' && contact.name ? <p className="truncate text-sm text-slate-600">+{contact.externalId}</p> : null}
          <Link href={`/contacts/${person.id}`} className="mt-0.5 inline-block text-xs font-semibold text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">View contact</Link>
        </div>
      </section>

      {person.email || person.phone || person.attributes.length ? (
        <section aria-labelledby="contact-fields-heading" className="border-t border-slate-100 px-4 py-3">
          <h3 id="contact-fields-heading" className="text-xs font-semibold uppercase tracking-wide text-slate-500">Contact details</h3>
          <dl className="mt-2 space-y-2 text-sm">
            {person.email ? <div><dt className="text-xs text-slate-500">Email</dt><dd className="truncate text-slate-900">{person.email}</dd></div> : null}
            {person.phone ? <div><dt className="text-xs text-slate-500">Phone</dt><dd className="text-slate-900">{person.phone}</dd></div> : null}
            {person.attributes.map((a) => <div key={a.key}><dt className="text-xs text-slate-500">{a.label}</dt><dd className="break-words text-slate-900">{a.value}</dd></div>)}
          </dl>
        </section>
      ) : null}

      {contact.unreachable ? (
        <p role="note" className="mx-4 mb-3 rounded-lg bg-amber-50 px-3 py-2 text-xs text-amber-900 ring-1 ring-amber-200">
          Meta reports that this person can no longer be reached on this channel (they may have blocked the account or deleted theirs). Messages to them are not sent.
        </p>
      ) : null}

      <section aria-labelledby="contact-identity-heading" className="border-t border-slate-100 px-4 py-3">
        <h3 id="contact-identity-heading" className="text-xs font-semibold uppercase tracking-wide text-slate-500">Channel identity</h3>
        <dl className="mt-2 space-y-2 text-sm">
          <div>
            <dt className="text-xs text-slate-500">Channel</dt>
            <dd className="text-slate-900">{channelTypeLabel[channel.type]} · {channel.name}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">{idLabel[channel.type]}</dt>
            <dd className="flex items-center gap-2">
              <code className="min-w-0 truncate text-xs text-slate-800">{contact.externalId}</code>
              <CopyButton value={contact.externalId} label={idLabel[channel.type]} />
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">First seen</dt>
            <dd className="text-slate-900"><time dateTime={contact.createdAt.toISOString()} title={formatAbsolute(contact.createdAt)}>{formatRelative(contact.createdAt, now)}</time></dd>
          </div>
        </dl>
      </section>

      {/* slot: labels editor and internal notes (plugged in by the lead) */}
      {children ? <div className="min-w-0 space-y-5 border-t border-slate-100 px-4 py-4">{children}</div> : null}

      <section aria-labelledby="previous-conversations-heading" className="border-t border-slate-100 px-4 py-3">
        <h3 id="previous-conversations-heading" className="text-xs font-semibold uppercase tracking-wide text-slate-500">Other conversations</h3>
        {previousConversations.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">None — this is the only conversation with this person on this channel.</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {previousConversations.map((c) => (
              <li key={c.id}>
                <Link href={previousHref(c.id)} className="block rounded-md px-2 py-1.5 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600">
                  <span className="flex items-baseline justify-between gap-2">
                    <span className="truncate font-semibold text-slate-800">{c.kind === 'comment_thread' ? 'Comments' : 'Messages'}<span className="ml-1.5 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal capitalize text-slate-700">{c.status}</span></span>
                    <time dateTime={c.createdAt.toISOString()} title={formatAbsolute(c.createdAt)} className="shrink-0 text-xs text-slate-500">{formatRelative(c.createdAt, now)}</time>
                  </span>
                  <span className="block truncate text-xs text-slate-600">{c.lastMessagePreview ?? c.postCaption ?? 'No messages'}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        {morePrevious ? <p className="mt-1 text-xs text-slate-500">Older conversations are not listed.</p> : null}
      </section>

      <ContactDataSection contactId={contact.id} conversationId={conversationId} canExport={ctx.can('data.export')} canDelete={ctx.can('data.delete')} />
    </ContactPanelShell>
  );
}
