// The public deletion request form: a plain HTML form posted to its own page, so it works
// without JavaScript. There is one input per identifier type and CSS (`:has()`) shows the one
// whose radio is checked, with the right keyboard (email, phone) on phones.
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { labelClass } from '@/components/ui/form-status';
import { type DeletionIdentifierType, deletionIdentifierTypes, identifierFieldName } from '@/lib/privacy/data-deletion-request.schema';
import type { DataDeletionFormResult } from '@/lib/privacy/submit-data-deletion-form';

const types = Object.keys(deletionIdentifierTypes) as DeletionIdentifierType[];

// Tailwind needs whole class names in the source, so one entry per type. Prefix matches
// because Tailwind reads `_` in an arbitrary variant as a space.
const shownWhenChecked: Record<DeletionIdentifierType, string> = {
  instagram_username: 'hidden group-has-[input[value^=instagram]:checked]/deletion:block',
  whatsapp_number: 'hidden group-has-[input[value^=whatsapp]:checked]/deletion:block',
  email: 'hidden group-has-[input[value=email]:checked]/deletion:block',
};

const inputKind: Record<DeletionIdentifierType, { type: string; autoComplete: string }> = {
  instagram_username: { type: 'text', autoComplete: 'off' },
  whatsapp_number: { type: 'tel', autoComplete: 'tel' },
  email: { type: 'email', autoComplete: 'email' },
};

/** `result`: the previous submission when it failed (errors and what was typed), else null. */
export function DataDeletionForm({ result }: { result: DataDeletionFormResult | null }) {
  const failed = result && !result.ok ? result : null;
  const values = failed?.values ?? {};
  const errors = failed?.fieldErrors ?? {};
  const checked: DeletionIdentifierType = types.includes(values.identifierType as DeletionIdentifierType) ? (values.identifierType as DeletionIdentifierType) : 'instagram_username';
  return (
    <form method="post" action="/data-deletion#request" className="group/deletion space-y-5" noValidate>
      {failed ? <FormMessage state={failed} /> : null}
      <fieldset>
        <legend className={labelClass}>Find my data by</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {types.map((t) => (
            <label key={t} className="flex cursor-pointer items-center gap-2 rounded-lg px-3 py-2 text-sm ring-1 ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600">
              <input type="radio" name="identifierType" value={t} defaultChecked={t === checked} className="accent-brand-600" />
              {deletionIdentifierTypes[t].label}
            </label>
          ))}
        </div>
        {errors.identifierType ? <p className="mt-1 text-sm text-red-600">{errors.identifierType.join(' ')}</p> : null}
      </fieldset>
      {types.map((t) => (
        <FormField
          key={t}
          className={shownWhenChecked[t]}
          label={deletionIdentifierTypes[t].label}
          name={identifierFieldName(t)}
          defaultValue={t === checked ? values.identifier : undefined}
          type={inputKind[t].type}
          autoComplete={inputKind[t].autoComplete}
          hint={deletionIdentifierTypes[t].hint}
          errors={t === checked ? errors.identifier : undefined}
        />
      ))}
      <button type="submit" className="inline-flex items-center justify-center rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm transition-colors hover:bg-brand-700">
        Request deletion
      </button>
    </form>
  );
}
