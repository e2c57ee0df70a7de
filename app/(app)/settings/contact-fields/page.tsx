import type { Metadata } from 'next';
import { ContactFieldRowActions } from '@/components/contacts/contact-field-row-actions';
import { CreateContactFieldForm } from '@/components/contacts/contact-field-settings';
import { listContactAttributes } from '@/lib/contacts/attributes/list-contact-attributes';
import { MAX_CONTACT_ATTRIBUTES } from '@/lib/contacts/attributes/contact-attribute.schema';
import { requireWorkspacePage } from '@/lib/workspaces/context';

export const metadata: Metadata = { title: 'Contact fields' };

const card = 'rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200';
const typeNames = { text: 'Text', number: 'Number', date: 'Date', select: 'Choice' } as const;

export default async function ContactFieldsSettingsPage() {
  const ctx = await requireWorkspacePage('contacts.configure');
  const fields = await listContactAttributes({ ctx });
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Contact fields</h1>
        <p className="mt-1 text-sm text-slate-600">Custom fields every contact in {ctx.workspace.name} can have, edited on the contact page and shown in the inbox. Up to {MAX_CONTACT_ATTRIBUTES}.</p>
      </div>
      <section className={card} aria-labelledby="new-field-title">
        <h2 id="new-field-title" className="mb-4 font-semibold">New field</h2>
        <CreateContactFieldForm />
      </section>
      <section className={card} aria-labelledby="fields-title">
        <h2 id="fields-title" className="font-semibold">Fields</h2>
        {fields.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600">No custom fields yet. Add one above, e.g. &ldquo;Plan&rdquo; (a choice of free / pro) or &ldquo;Birthday&rdquo; (a date).</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200" aria-label="Contact fields">
            {fields.map((field) => (
              <li key={field.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <p className="truncate font-medium text-slate-900">{field.label} <code className="ml-1 text-xs text-slate-500">{field.key}</code></p>
                  <p className="text-xs text-slate-500">{typeNames[field.type]}{field.type === 'select' ? `: ${field.options.join(', ')}` : ''}</p>
                </div>
                <ContactFieldRowActions id={field.id} label={field.label} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
