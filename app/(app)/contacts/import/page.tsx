import type { Metadata } from 'next';
import Link from 'next/link';
import { ContactImportForm } from '@/components/contacts/contact-import-form';
import { listChannels } from '@/lib/channels/list-channels';
import { requireWorkspacePage } from '@/lib/workspaces/context';

export const metadata: Metadata = { title: 'Import contacts' };

export default async function ImportContactsPage() {
  const ctx = await requireWorkspacePage('contacts.import');
  const whatsapp = (await listChannels({ ctx })).filter((c) => c.type === 'whatsapp' && c.status === 'active');
  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm"><Link href="/contacts" className="font-semibold text-brand-700 hover:underline">← Contacts</Link></nav>
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Import contacts</h1>
        <p className="mt-1 text-sm text-slate-600">Add emails, phone numbers, notes and custom fields to your contacts from a spreadsheet, or create WhatsApp contacts from phone numbers. Blank cells never erase what is stored. A file exported from this page imports as is.</p>
      </header>
      <section className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <ContactImportForm whatsappChannels={whatsapp.map((c) => ({ id: c.id, name: c.name }))} />
      </section>
    </div>
  );
}
