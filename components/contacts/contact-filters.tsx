// The contacts list's search and filters: a plain GET form, so results are shareable links and
// work without JavaScript; Enter in the search box applies everything.
import { inputClass, labelClass } from '@/components/ui/form-status';
import type { ContactListFilters } from '@/lib/contacts/contact.schema';

const seenLabels = { '7d': 'Last 7 days', '30d': 'Last 30 days', '90d': 'Last 90 days', over_90d: 'More than 90 days ago', never: 'Never wrote' } as const;

export function ContactFilters({ filters, labels }: { filters: ContactListFilters; labels: { id: string; name: string }[] }) {
  const select = `mt-1 ${inputClass}`;
  return (
    <form method="get" role="search" aria-label="Search contacts" className="grid gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto] lg:items-end">
      <div className="sm:col-span-2 lg:col-span-1">
        <label htmlFor="contacts-q" className={labelClass}>Search</label>
        <input id="contacts-q" name="q" type="search" defaultValue={filters.q ?? ''} maxLength={100} placeholder="Name, @handle, phone or email" className={`mt-1 ${inputClass}`} />
      </div>
      <div>
        <label htmlFor="contacts-channel" className={labelClass}>Channel</label>
        <select id="contacts-channel" name="channel" defaultValue={filters.channel ?? ''} className={select}>
          <option value="">All channels</option>
          <option value="instagram">Instagram</option>
          <option value="messenger">Messenger</option>
          <option value="whatsapp">WhatsApp</option>
        </select>
      </div>
      <div>
        <label htmlFor="contacts-label" className={labelClass}>Label</label>
        <select id="contacts-label" name="label" defaultValue={filters.label ?? ''} className={select}>
          <option value="">Any label</option>
          {labels.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="contacts-seen" className={labelClass}>Last seen</label>
        <select id="contacts-seen" name="seen" defaultValue={filters.seen ?? ''} className={select}>
          <option value="">Any time</option>
          {Object.entries(seenLabels).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="contacts-sort" className={labelClass}>Sort by</label>
        <select id="contacts-sort" name="sort" defaultValue={filters.sort ?? 'last_seen'} className={select}>
          <option value="last_seen">Last seen</option>
          <option value="name">Name (A–Z)</option>
          <option value="created">Newest first</option>
        </select>
      </div>
      <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">Apply</button>
    </form>
  );
}
