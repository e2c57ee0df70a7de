'use client';
// Create or edit one canned response (shortcut + body); errors stay next to their fields and the
// typed text is kept after a refused save.
import { useActionState, useState } from 'react';
import { formStateOf, initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { CANNED_BODY_MAX } from '@/lib/inbox/canned-responses/canned-response.schema';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { inputClass, labelClass } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function CannedResponseForm({ action, item, idPrefix, submitLabel, onDone }: {
  action: Action; item?: { id: string; shortcut: string; body: string }; idPrefix: string; submitLabel: string; onDone?: () => void;
}) {
  const [body, setBody] = useState(item?.body ?? '');
  const [state, formAction] = useActionState(async (prev: ActionResult, form: FormData) => {
    const result = await action(prev, form);
    if (result.ok) {
      onDone?.();
      if (!item) setBody('');
    }
    return result;
  }, initialActionResult);
  const { errors, values } = formStateOf(state);
  const bodyValue = values.body ?? body;
  return (
    <form action={formAction} className="space-y-3" noValidate key={state.ok ? `ok-${state.message}` : 'form'}>
      <FormMessage state={state} />
      {item ? <input type="hidden" name="cannedResponseId" value={item.id} /> : null}
      <FormField
        label="Shortcut" name="shortcut" id={`${idPrefix}-shortcut`} required maxLength={40} autoCapitalize="none" spellCheck={false}
        defaultValue={values.shortcut ?? item?.shortcut ?? ''} errors={errors.shortcut}
        hint="Lowercase letters, digits and dashes. Type /shortcut in the composer to insert it."
      />
      <div>
        <label htmlFor={`${idPrefix}-body`} className={labelClass}>Response</label>
        <textarea
          id={`${idPrefix}-body`} name="body" rows={3} required maxLength={CANNED_BODY_MAX} value={bodyValue}
          onChange={(e) => setBody(e.target.value)} aria-invalid={errors.body?.length ? true : undefined}
          aria-describedby={`${idPrefix}-body-count${errors.body?.length ? ` ${idPrefix}-body-error` : ''}`}
          className={`mt-1 shadow-sm ${inputClass}`}
        />
        <p id={`${idPrefix}-body-count`} className="mt-1 text-xs text-slate-500">{bodyValue.length}/{CANNED_BODY_MAX}</p>
        {errors.body?.length ? <p id={`${idPrefix}-body-error`} className="mt-1 text-sm text-red-600">{errors.body.join(' ')}</p> : null}
      </div>
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
