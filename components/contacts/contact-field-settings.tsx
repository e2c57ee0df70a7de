'use client';
// Settings → Contact fields: define custom attributes (text, number, date, select).
import { useActionState, useState } from 'react';
import { createContactAttributeAction } from '@/app/(app)/settings/contact-fields/actions';
import { FieldNotes, FormField, fieldDescribedBy } from '@/components/ui/form-field';
import { inputClass, labelClass } from '@/components/ui/form-status';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { formStateOf, initialActionResult, type ActionResult } from '@/lib/actions/action-result';

const typeLabels = { text: 'Text', number: 'Number', date: 'Date', select: 'Choice from a list' } as const;

/** A key from the label: "Plan tier" → plan_tier (editable before saving). */
const keyFromLabel = (label: string) => label.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '_').replace(/^[^a-z]+|_+$/g, '').slice(0, 40);

export function CreateContactFieldForm() {
  const [state, formAction] = useActionState(createContactAttributeAction, initialActionResult as ActionResult<string>);
  const { errors, values } = formStateOf(state);
  const [type, setType] = useState(values.type ?? 'text');
  const [key, setKey] = useState(values.key ?? '');
  const [keyTouched, setKeyTouched] = useState(false);
  return (
    <form action={formAction} className="space-y-4" noValidate key={state.ok ? state.data : 'new'}>
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Label" name="label" id="field-label" required maxLength={60} autoComplete="off" placeholder="Plan tier" defaultValue={values.label} errors={errors.label}
          onChange={(e) => { if (!keyTouched) setKey(keyFromLabel(e.target.value)); }} />
        <FormField label="Key" name="key" id="field-key" required maxLength={40} autoComplete="off" value={key} onChange={(e) => { setKeyTouched(true); setKey(e.target.value); }} errors={errors.key}
          hint="Used as the CSV column name. Lowercase letters, digits and _." />
      </div>
      <div>
        <label htmlFor="field-type" className={labelClass}>Type</label>
        <select id="field-type" name="type" value={type} onChange={(e) => setType(e.target.value)} className={`mt-1 ${inputClass}`} aria-describedby={fieldDescribedBy('field-type', undefined, errors.type)}>
          {Object.entries(typeLabels).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
        <FieldNotes id="field-type" errors={errors.type} />
      </div>
      {type === 'select' ? (
        <div>
          <label htmlFor="field-options" className={labelClass}>Choices</label>
          <textarea id="field-options" name="options" rows={4} defaultValue={values.options} placeholder={'free\npro\nenterprise'} aria-invalid={errors.options?.length ? true : undefined}
            aria-describedby={fieldDescribedBy('field-options', 'one', errors.options)} className={`mt-1 ${inputClass}`} />
          <FieldNotes id="field-options" hint="One choice per line." errors={errors.options} />
        </div>
      ) : null}
      <SubmitButton pendingLabel="Adding…">Add field</SubmitButton>
    </form>
  );
}
