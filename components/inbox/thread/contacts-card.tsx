// Contact cards a WhatsApp customer shared (name and phone numbers).
type SharedContact = { name?: { formatted_name?: string }; phones?: { phone?: string; wa_id?: string }[] };

export function ContactsCard({ contacts }: { contacts: unknown }) {
  const list = (Array.isArray(contacts) ? contacts : []) as SharedContact[];
  return (
    <ul aria-label="Shared contacts" className="max-w-xs space-y-1.5">
      {list.length === 0 ? <li className="text-sm text-slate-700">Shared a contact card with no details.</li> : null}
      {list.map((contact, i) => (
        <li key={i} className="rounded-lg bg-white/70 p-2.5 text-sm ring-1 ring-slate-200">
          <span className="block text-xs font-semibold text-slate-600">👤 Contact</span>
          <span className="block font-semibold text-slate-900">{contact.name?.formatted_name ?? 'Unnamed contact'}</span>
          {(contact.phones ?? []).map((phone, j) => <span key={j} className="block text-slate-700">{phone.phone ?? phone.wa_id}</span>)}
        </li>
      ))}
    </ul>
  );
}
