'use client';
import { useActionState } from 'react';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function JoinForm({ action, token, workspaceName }: { action: Action; token: string; workspaceName: string }) {
  const [state, formAction] = useActionState(action, initialActionResult);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Joining…" className="w-full">Join {workspaceName}</SubmitButton>
    </form>
  );
}
