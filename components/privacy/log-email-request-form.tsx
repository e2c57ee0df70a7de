'use client';
import { useActionState } from 'react';
import { formStateOf, initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { inputClass, labelClass } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function LogEmailRequestForm({ action, today }: { action: Action; today: string }) {
  const [state, formAction] = useActionState(action, initialActionResult);
  const { errors, values } = formStateOf(state);
  return (
    <form action={formAction} className="grid gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2"><FormMessage state={state} /></div>
      <div>
        <label htmlFor="identifier-type" className={labelClass}>Identifier</label>
        <select id="identifier-type" name="identifierType" defaultValue={values.identifierType ?? 'whatsapp_number'} className={inputClass}>
          <option value="whatsapp_number">WhatsApp number</option>
          <option value="instagram_username">Instagram username</option>
          <option value="email">Email address</option>
        </select>
      </div>
      <FormField label="Number, username or email" name="identifier" id="identifier" required defaultValue={values.identifier} errors={errors.identifier} />
      <FormField label="Email received on" name="receivedOn" id="received-on" type="date" required defaultValue={values.receivedOn ?? today} errors={errors.receivedOn} />
      <FormField label="Who asked, and how you verified it is them" name="note" id="note" required defaultValue={values.note} errors={errors.note} />
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" name="verified" defaultChecked={values.verified === 'on'} className="h-4 w-4 rounded border-slate-300" />
        Identity verified — delete now
      </label>
      <div className="sm:col-span-2"><SubmitButton pendingLabel="Logging…">Log request</SubmitButton></div>
    </form>
  );
}
