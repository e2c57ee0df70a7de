'use client';
import { useActionState } from 'react';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

/** The banner's one button during an account's deletion grace period. */
export function KeepAccountForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialActionResult);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <SubmitButton size="sm" pendingLabel="Keeping…">Keep my account</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
