'use client';
import { useActionState } from 'react';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { FieldError, fieldError, FormMessage, inputClass, labelClass, SubmitButton } from '@/components/ui/form-status';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function RenameWorkspaceForm({ action, name }: { action: Action; name: string }) {
  const [state, formAction] = useActionState(action, initialActionResult);
  const error = fieldError(state, 'name');
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <div>
        <label htmlFor="workspace-name" className={labelClass}>Workspace name</label>
        <input
          id="workspace-name"
          name="name"
          required
          maxLength={80}
          defaultValue={name}
          key={name}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'workspace-name-error' : undefined}
          className={`mt-1 ${inputClass}`}
        />
        <FieldError id="workspace-name-error" message={error} />
      </div>
      <SubmitButton pendingLabel="Saving…">Save name</SubmitButton>
    </form>
  );
}
