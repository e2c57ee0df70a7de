import Link from 'next/link';
import { formatAbsolute, formatRelative } from '@/components/audit/format-time';
import { channelTypeLabel } from '@/lib/channels/channel-labels';
import { contactDisplayName } from '@/lib/contacts/contact-display-name';
import { safeLinkUrl } from '@/lib/http/safe-link-url';
import type { ConversationListItem } from '@/lib/inbox/list-conversations';
import { RowCheckbox } from './bulk-selection';

const channelBadge: Record<ConversationListItem['channel']['type'], string> = {
  instagram: 'bg-pink-50 text-pink-700 ring-pink-200',
  messenger: 'bg-blue-50 text-blue-700 ring-blue-200',
  whatsapp: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
};

const handlingLabel: Record<ConversationListItem['handling'], string> = { ai_auto: 'AI auto', ai_draft: 'AI draft', human: 'Human' };

const SHOWN_LABELS = 2;

/** "You" for the viewer's own conversations, the teammate's name, or null when unassigned. */
export function assigneeLabel(assignee: ConversationListItem['assignee'], viewerId: string): string | null {
  if (!assignee) return null;
  if (assignee.id === viewerId) return 'You';
  // No name: the teammate never set one, or has left the workspace since.
  return assignee.name ?? 'Assigned';
}

export function ConversationRow({ conversation, href, selected, now, viewerId }: {
  conversation: ConversationListItem; href: string; selected: boolean; now: Date; viewerId: string;
}) {
  const assigneeName = assigneeLabel(conversation.assignee, viewerId);
  const name = contactDisplayName(conversation.contact, conversation.channel.type);
  const unread = conversation.unreadCount > 0;
  const avatarUrl = safeLinkUrl(conversation.contact.avatarUrl);
  return (
    <li className={`flex ${selected ? 'bg-brand-50' : ''} ${conversation.needsHuman ? 'border-l-4 border-red-500' : 'border-l-4 border-transparent'}`}>
      <RowCheckbox id={conversation.id} label={name} />
      <Link
        href={href}
        data-conversation-link
        aria-current={selected ? 'page' : undefined}
        className="flex min-w-0 flex-1 gap-3 px-3 py-3 outline-none hover:bg-slate-50 focus-visible:bg-slate-50 focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-600"
      >
        <span className="flex h-10 w-10 shrink-0 items-center justify-center overflow-hidden rounded-full bg-slate-200 text-sm font-bold text-slate-700" aria-hidden="true">
          {avatarUrl
            ? (
              // Meta's profile pictures are short-lived signed CDN URLs; proxying them through next/image buys nothing.
              // eslint-disable-next-line @next/next/no-img-element
              <img src={avatarUrl} alt="" loading="lazy" referrerPolicy="no-referrer" className="h-full w-full object-cover" />
            )
            : name.replace(/^[@+]/, '').slice(0, 1).toUpperCase()}
        </span>
        <span className="min-w-0 flex-1">
          <span className="flex items-baseline justify-between gap-2">
            <span className={`truncate text-sm ${unread ? 'font-bold text-slate-900' : 'font-semibold text-slate-800'}`}>{name}</span>
            <time dateTime={conversation.lastMessageAt.toISOString()} title={formatAbsolute(conversation.lastMessageAt)} className="shrink-0 text-xs text-slate-500">
              {formatRelative(conversation.lastMessageAt, now)}
            </time>
          </span>
          <span className="mt-0.5 flex items-center gap-2">
            <span className={`truncate text-sm ${unread ? 'text-slate-900' : 'text-slate-600'}`}>{conversation.lastMessagePreview ?? 'No messages yet'}</span>
            {unread ? (
              <span className="ml-auto shrink-0 rounded-full bg-brand-600 px-1.5 text-xs font-semibold text-white">
                {conversation.unreadCount}<span className="sr-only"> unread</span>
              </span>
            ) : null}
          </span>
          <span className="mt-1 flex flex-wrap items-center gap-1.5 text-xs">
            <span className={`rounded px-1.5 py-0.5 ring-1 ring-inset ${channelBadge[conversation.channel.type]}`}>{channelTypeLabel[conversation.channel.type]}</span>
            {conversation.status !== 'open' ? <span className="rounded bg-slate-100 px-1.5 py-0.5 capitalize text-slate-700">{conversation.status}</span> : null}
            <span className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-700">{handlingLabel[conversation.handling]}</span>
            {conversation.hasPendingDraft ? <span className="rounded bg-violet-100 px-1.5 py-0.5 font-semibold text-violet-800">Draft waiting</span> : null}
            {conversation.needsHuman ? <span className="rounded bg-red-50 px-1.5 py-0.5 font-semibold text-red-700 ring-1 ring-inset ring-red-200">Needs human</span> : null}
            <span className={`inline-flex min-w-0 items-center gap-1 ${assigneeName ? 'text-slate-700' : 'text-slate-500'}`}>
              <svg aria-hidden viewBox="0 0 20 20" className="h-3.5 w-3.5 shrink-0" fill="currentColor"><path d="M10 10a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8a7 7 0 1 1 14 0H3Z" /></svg>
              <span className="max-w-28 truncate">{assigneeName ?? 'Unassigned'}</span>
            </span>
            {conversation.labels.slice(0, SHOWN_LABELS).map((l) => (
              <span key={l.id} className="inline-flex max-w-32 items-center gap-1 rounded-full bg-white px-1.5 py-0.5 text-slate-700 ring-1 ring-inset ring-slate-200">
                <span aria-hidden className="h-2 w-2 shrink-0 rounded-full" style={{ backgroundColor: l.color }} />
                <span className="truncate">{l.name}</span>
              </span>
            ))}
            {conversation.labels.length > SHOWN_LABELS ? (
              <span className="text-slate-500" title={conversation.labels.slice(SHOWN_LABELS).map((l) => l.name).join(', ')}>
                +{conversation.labels.length - SHOWN_LABELS}<span className="sr-only"> more labels: {conversation.labels.slice(SHOWN_LABELS).map((l) => l.name).join(', ')}</span>
              </span>
            ) : null}
          </span>
        </span>
      </Link>
    </li>
  );
}
