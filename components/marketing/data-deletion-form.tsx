'use client';
import Link from 'next/link';
import { useActionState, useState } from 'react';
import { requestDataDeletionAction } from '@/app/(marketing)/data-deletion/actions';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { labelClass } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';
import { formStateOf, initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { deletionIdentifierTypes } from '@/lib/privacy/data-deletion-request.schema';

type IdentifierType = keyof typeof deletionIdentifierTypes;

export function DataDeletionForm() {
  const [state, action] = useActionState(requestDataDeletionAction, initialActionResult as ActionResult<{ confirmationCode: string }>);
  const { errors, values } = formStateOf(state);
  const [type, setType] = useState<IdentifierType>((values.identifierType as IdentifierType) in deletionIdentifierTypes ? (values.identifierType as IdentifierType) : 'instagram_username');

  if (state.ok && state.data) {
    const code = state.data.confirmationCode;
    return (
      <div role="status" className="rounded-2xl bg-emerald-50 p-6 ring-1 ring-emerald-200">
        <p className="font-semibold text-emerald-900">We received your request.</p>
        <p className="mt-2 text-emerald-900">Your confirmation code:</p>
        <p className="mt-1 font-mono text-2xl font-bold tracking-widest text-emerald-950" data-testid="confirmation-code">{code}</p>
        <p className="mt-3 text-sm text-emerald-900">Keep it to check progress. Deletion usually completes within minutes.</p>
        <Link href={`/data-deletion/status?code=${encodeURIComponent(code)}`} className="mt-4 inline-block rounded-lg bg-white px-4 py-2 text-sm font-semibold text-emerald-900 ring-1 ring-emerald-300 hover:bg-emerald-100">Check status</Link>
      </div>
    );
  }

  const selected = deletionIdentifierTypes[type];
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <fieldset>
        <legend className={labelClass}>Find my data by</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {(Object.keys(deletionIdentifierTypes) as IdentifierType[]).map((t) => (
            <label key={t} className="flex cursor-pointer items-center gap-2 rounded-lg px-3 py-2 text-sm ring-1 ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600">
              <input type="radio" name="identifierType" value={t} checked={type === t} onChange={() => setType(t)} className="accent-brand-600" />
              {deletionIdentifierTypes[t].label}
            </label>
          ))}
        </div>
        {errors.identifierType ? <p className="mt-1 text-sm text-red-600">{errors.identifierType.join(' ')}</p> : null}
      </fieldset>
      <FormField
        key={type}
        label={selected.label}
        name="identifier"
        defaultValue={values.identifier}
        type={type === 'email' ? 'email' : type === 'whatsapp_number' ? 'tel' : 'text'}
        autoComplete={type === 'email' ? 'email' : type === 'whatsapp_number' ? 'tel' : 'off'}
        required
        hint={selected.hint}
        errors={errors.identifier}
      />
      <SubmitButton pendingLabel="Sending request…">Request deletion</SubmitButton>
    </form>
  );
}
