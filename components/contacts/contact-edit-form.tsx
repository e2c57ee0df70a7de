'use client';
// The contact page's editable fields: name, email, phone, notes and the workspace's custom
// attributes (an input per type). Saving keeps what was typed if the server refuses it.
import { useActionState } from 'react';
import { updateContactAction } from '@/app/(app)/contacts/actions';
import { FieldNotes, FormField, fieldDescribedBy } from '@/components/ui/form-field';
import { inputClass, labelClass } from '@/components/ui/form-status';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { formStateOf, initialActionResult } from '@/lib/actions/action-result';
import type { ContactProfile } from '@/lib/contacts/get-contact-profile';

export function ContactEditForm({ person, attributes, readOnly }: { person: ContactProfile['person']; attributes: ContactProfile['attributes']; readOnly: boolean }) {
  const [state, formAction] = useActionState(updateContactAction, initialActionResult);
  const { errors, values } = formStateOf(state);
  const value = (key: string, stored: string | number | null | undefined) => values[key] ?? (stored == null ? '' : String(stored));
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Contact details">
      <FormMessage state={state} />
      <input type="hidden" name="contactId" value={person.id} />
      <fieldset disabled={readOnly} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label="Name" name="name" maxLength={120} autoComplete="off" defaultValue={value('name', person.displayName)} placeholder={person.label} errors={errors.name} hint="Shown instead of the channel profile name." />
          <FormField label="Email" name="email" type="email" maxLength={254} autoComplete="off" defaultValue={value('email', person.email)} errors={errors.email} />
          <FormField label="Phone" name="phone" type="tel" maxLength={24} autoComplete="off" defaultValue={value('phone', person.phone)} placeholder="+44 7700 900123" errors={errors.phone} />
        </div>
        {attributes.length ? (
          <div className="grid gap-4 sm:grid-cols-2">
            {attributes.map((attribute) => {
              const name = `attr.${attribute.key}`;
              const id = `contact-attr-${attribute.key}`;
              const fieldErrors = errors[name];
              const current = value(name, attribute.value);
              if (attribute.type === 'select') {
                return (
                  <div key={attribute.id}>
                    <label htmlFor={id} className={labelClass}>{attribute.label}</label>
                    <select id={id} name={name} defaultValue={current} aria-invalid={fieldErrors?.length ? true : undefined} aria-describedby={fieldDescribedBy(id, undefined, fieldErrors)} className={`mt-1 shadow-sm ${inputClass}`}>
                      <option value="">—</option>
                      {attribute.options.map((option) => <option key={option} value={option}>{option}</option>)}
                    </select>
                    <FieldNotes id={id} errors={fieldErrors} />
                  </div>
                );
              }
              return (
                <FormField key={attribute.id} id={id} label={attribute.label} name={name} type={attribute.type === 'number' ? 'text' : attribute.type === 'date' ? 'date' : 'text'}
                  inputMode={attribute.type === 'number' ? 'decimal' : undefined} maxLength={500} defaultValue={current} errors={fieldErrors} />
              );
            })}
          </div>
        ) : null}
        <div>
          <label htmlFor="contact-notes" className={labelClass}>Notes</label>
          <textarea id="contact-notes" name="notes" rows={4} maxLength={5000} defaultValue={value('notes', person.notes)} aria-invalid={errors.notes?.length ? true : undefined} aria-describedby={fieldDescribedBy('contact-notes', undefined, errors.notes)} className={`mt-1 shadow-sm ${inputClass}`} />
          <FieldNotes id="contact-notes" errors={errors.notes} />
        </div>
      </fieldset>
      {readOnly ? <p className="text-sm text-slate-600">Your role can view this contact but not edit it.</p> : <SubmitButton pendingLabel="Saving…">Save contact</SubmitButton>}
    </form>
  );
}
