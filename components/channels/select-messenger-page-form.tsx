'use client';
import { useActionState } from 'react';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function SelectMessengerPageForm({ action, pages }: { action: Action; pages: { id: string; name: string }[] }) {
  const [state, formAction] = useActionState(action, initialActionResult);
  return (
    <form action={formAction} className="mt-6 space-y-4">
      <fieldset className="space-y-2">
        <legend className="sr-only">Facebook Pages</legend>
        {pages.map((page, index) => (
          <label key={page.id} className="flex cursor-pointer items-center gap-3 rounded-xl bg-white p-4 ring-1 ring-slate-200 has-[:checked]:ring-2 has-[:checked]:ring-brand-600">
            <input type="radio" name="pageId" value={page.id} defaultChecked={index === 0} required className="h-4 w-4" />
            <span className="font-medium">{page.name}</span>
            <span className="ml-auto text-xs text-slate-500">{page.id}</span>
          </label>
        ))}
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Connecting…">Connect this Page</SubmitButton>
    </form>
  );
}
