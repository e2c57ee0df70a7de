'use client';
import { useActionState } from 'react';
import { mergeContactsAction } from '@/app/(app)/contacts/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionResult } from '@/lib/actions/action-result';

/** The one button that merges, after the preview; errors (e.g. merged meanwhile) show above it. */
export function MergeConfirmForm({ targetContactId, sourceContactId, label }: { targetContactId: string; sourceContactId: string; label: string }) {
  const [state, formAction] = useActionState(mergeContactsAction, initialActionResult);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="targetContactId" value={targetContactId} />
      <input type="hidden" name="sourceContactId" value={sourceContactId} />
      <SubmitButton pendingLabel="Merging…">{label}</SubmitButton>
    </form>
  );
}
