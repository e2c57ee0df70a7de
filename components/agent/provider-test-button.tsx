'use client';
// "Test connection": one tiny real call with the saved setup; the outcome is announced and kept
// on the page (the server also stores it as the last test result).
import { useActionState } from 'react';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function ProviderTestButton({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialActionResult);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <SubmitButton variant="secondary" pendingLabel="Testing…">Test connection</SubmitButton>
    </form>
  );
}
