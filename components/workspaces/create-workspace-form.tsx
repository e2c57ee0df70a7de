'use client';
import { useActionState } from 'react';
import { formStateOf, initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { BrowserTimeZoneField } from './browser-time-zone-field';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function CreateWorkspaceForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialActionResult);
  const { errors, values } = formStateOf(state);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <FormField label="Workspace name" name="name" id="workspace-name" required maxLength={80} autoComplete="organization" placeholder="Acme Shop" defaultValue={values.name} hint="Usually your business or brand. You can rename it later." errors={errors.name} />
      <BrowserTimeZoneField />
      <SubmitButton pendingLabel="Creating…" className="w-full">Create workspace</SubmitButton>
    </form>
  );
}
