import Link from 'next/link';
import { inputClass } from '@/components/ui/form-status';
import { channelTypeLabel } from '@/lib/channels/channel-labels';
import { channelTypes, conversationStatuses, type ConversationFilters } from '@/lib/inbox/conversation-filters.schema';
import type { ConversationCounts } from '@/lib/inbox/count-conversations-by-filter';
import { FilterForm } from './filter-form';
import { inboxHref } from './inbox-query';

type Option = { id: string; name: string };

/** A GET form: the filters live in the URL, so any view can be shared as a link; dropdowns apply on change. */
export function InboxFilterBar(props: {
  filters: ConversationFilters;
  channels: (Option & { type: keyof typeof channelTypeLabel })[];
  labels: Option[];
  members: Option[];
  counts: ConversationCounts;
}) {
  const { filters, counts } = props;
  const select = `mt-0 ${inputClass} py-1.5 text-sm`;
  const chips: { label: string; count: number; filters: Partial<ConversationFilters> }[] = [
    { label: 'Open', count: counts.open, filters: {} },
    { label: 'Mine', count: counts.mine, filters: { assignee: 'me' } },
    { label: 'Unassigned', count: counts.unassigned, filters: { assignee: 'unassigned' } },
    { label: 'Needs human', count: counts.needsHuman, filters: { needsHuman: '1' } },
    { label: 'AI draft waiting', count: counts.draftWaiting, filters: { handling: 'draft_waiting' } },
    ...props.channels.map((ch) => ({ label: ch.name, count: counts.byChannel[ch.id] ?? 0, filters: { channel: ch.id } })),
  ];
  const isActive = (chip: Partial<ConversationFilters>) =>
    filters.status === 'open' && !filters.q && filters.handling === chip.handling && !filters.label &&
    (filters.assignee ?? 'anyone') === (chip.assignee ?? 'anyone') && filters.channel === chip.channel && filters.needsHuman === chip.needsHuman;

  return (
    <div className="space-y-2 border-b border-slate-200 p-3">
      {/* Keyed by the view: after a quick-filter link the dropdowns must show the new URL's values. */}
      <FilterForm key={JSON.stringify(filters)} role="search" aria-label="Filter conversations" className="space-y-2">
        <div className="flex gap-2">
          <label htmlFor="inbox-q" className="sr-only">Search messages and contacts</label>
          <input id="inbox-q" name="q" type="search" maxLength={200} defaultValue={filters.q ?? ''} placeholder="Search messages and contacts" className={`${select} flex-1`} />
          <button type="submit" className="rounded-lg bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">Apply</button>
        </div>
        <div className="grid grid-cols-2 gap-2">
          <label className="sr-only" htmlFor="inbox-status">Status</label>
          <select id="inbox-status" name="status" defaultValue={filters.status} className={select}>
            {conversationStatuses.map((s) => <option key={s} value={s} className="capitalize">{s[0]!.toUpperCase() + s.slice(1)}</option>)}
          </select>
          <label className="sr-only" htmlFor="inbox-channel">Channel</label>
          <select id="inbox-channel" name="channel" defaultValue={filters.channel ?? ''} className={select}>
            <option value="">All channels</option>
            {channelTypes.map((t) => <option key={t} value={t}>All {channelTypeLabel[t]}</option>)}
            {props.channels.map((ch) => <option key={ch.id} value={ch.id}>{ch.name}</option>)}
          </select>
          <label className="sr-only" htmlFor="inbox-assignee">Assignee</label>
          <select id="inbox-assignee" name="assignee" defaultValue={filters.assignee} className={select}>
            <option value="anyone">Anyone</option>
            <option value="me">Me</option>
            <option value="unassigned">Unassigned</option>
            {props.members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
          <label className="sr-only" htmlFor="inbox-handling">Handled by</label>
          <select id="inbox-handling" name="handling" defaultValue={filters.handling ?? ''} className={select}>
            <option value="">Any handling</option>
            <option value="ai_auto">AI auto-send</option>
            <option value="ai_draft">AI draft</option>
            <option value="draft_waiting">AI draft waiting</option>
            <option value="human">Human</option>
          </select>
          <label className="sr-only" htmlFor="inbox-label">Label</label>
          <select id="inbox-label" name="label" defaultValue={filters.label ?? ''} className={select}>
            <option value="">Any label</option>
            {props.labels.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
          </select>
        </div>
        {filters.needsHuman ? <input type="hidden" name="needsHuman" value="1" /> : null}
      </FilterForm>
      <nav aria-label="Quick filters">
        <ul className="flex flex-wrap gap-1.5">
          {chips.map((chip) => {
            const active = isActive(chip.filters);
            return (
              <li key={chip.label + (chip.filters.channel ?? '')}>
                <Link
                  href={inboxHref(chip.filters)}
                  aria-current={active ? 'page' : undefined}
                  className={`inline-flex items-center gap-1 rounded-full px-2.5 py-1 text-xs font-medium ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${active ? 'bg-brand-600 text-white ring-brand-600' : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50'}`}
                >
                  {chip.label} <span className={active ? 'text-white/80' : 'text-slate-500'}>{chip.count}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}
