'use client';
import { useActionState } from 'react';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function CsatSettingsForm({ action, enabled }: { action: Action; enabled: boolean }) {
  const [state, formAction] = useActionState(action, initialActionResult);
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" name="csatEnabled" defaultChecked={enabled} key={String(enabled)} className="h-4 w-4 rounded border-slate-300 text-brand-600" />
        Ask customers to rate closed conversations
      </label>
      <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
    </form>
  );
}
