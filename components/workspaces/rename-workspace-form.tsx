'use client';
import { useActionState } from 'react';
import { formStateOf, initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function RenameWorkspaceForm({ action, name }: { action: Action; name: string }) {
  const [state, formAction] = useActionState(action, initialActionResult);
  const { errors, values } = formStateOf(state);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <FormField label="Workspace name" name="name" id="workspace-name" required maxLength={80} defaultValue={values.name ?? name} key={name} errors={errors.name} />
      <SubmitButton pendingLabel="Saving…">Save name</SubmitButton>
    </form>
  );
}
