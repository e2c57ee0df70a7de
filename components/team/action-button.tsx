'use client';
// A one-button form (resend, revoke, remove, transfer) with its own pending and result state.
import { useActionState } from 'react';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function ActionButton({ action, fields, label, pendingLabel, confirm, variant = 'secondary' }: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  confirm?: string;
  variant?: 'primary' | 'secondary' | 'danger';
}) {
  const [state, formAction] = useActionState(action, initialActionResult);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
      className="inline-flex flex-col items-start gap-1"
    >
      {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <SubmitButton size="sm" variant={variant} pendingLabel={pendingLabel}>{label}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
