'use client';
// The workspace away message: on/off and the text, saved with the shared schema's rules.
import { useActionState, useState } from 'react';
import { formStateOf, initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { FormMessage } from '@/components/ui/form-message';
import { inputClass, labelClass } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function AwayMessageForm({ action, initial }: { action: Action; initial: { enabled: boolean; message: string } }) {
  const [state, formAction] = useActionState(action, initialActionResult);
  const { errors, values } = formStateOf(state);
  const [message, setMessage] = useState(initial.message);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="enabled" defaultChecked={values.enabled ? values.enabled === 'on' : initial.enabled} className="h-4 w-4 rounded border-slate-300" /> Send an away message outside business hours
      </label>
      <div>
        <label htmlFor="away-message" className={labelClass}>Away message</label>
        <textarea id="away-message" name="message" rows={3} maxLength={1000} value={values.message ?? message} onChange={(e) => setMessage(e.target.value)} className={`mt-1 shadow-sm ${inputClass}`}
          aria-invalid={errors.message ? true : undefined} aria-describedby={`away-message-hint${errors.message ? ' away-message-error' : ''}`} placeholder="Thanks for your message! We're closed right now and will reply when we open." />
        <p id="away-message-hint" className="mt-1 text-xs text-slate-500">Sent at most once per conversation every 12 hours, only when no AI answers the customer (the AI adds its own out-of-hours notice). Business hours are set on the Agent page.</p>
        {errors.message ? <p id="away-message-error" className="mt-1 text-sm text-red-600">{errors.message.join(' ')}</p> : null}
      </div>
      <SubmitButton pendingLabel="Saving…">Save away message</SubmitButton>
    </form>
  );
}
