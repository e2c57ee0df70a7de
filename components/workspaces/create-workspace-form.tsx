'use client';
import { useActionState } from 'react';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { FieldError, fieldError, FormMessage, inputClass, labelClass, SubmitButton } from '@/components/ui/form-status';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function CreateWorkspaceForm({ action }: { action: Action }) {
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
          autoComplete="organization"
          placeholder="Acme Shop"
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'workspace-name-error' : 'workspace-name-hint'}
          className={`mt-1 ${inputClass}`}
        />
        <p id="workspace-name-hint" className="mt-1 text-xs text-slate-500">Usually your business or brand. You can rename it later.</p>
        <FieldError id="workspace-name-error" message={error} />
      </div>
      <SubmitButton pendingLabel="Creating…" className="w-full">Create workspace</SubmitButton>
    </form>
  );
}
