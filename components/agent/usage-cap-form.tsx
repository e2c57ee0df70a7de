'use client';
// The owner's monthly spending cap. Empty = no cap. Only owners can change it; others see it read-only.
import { useActionState } from 'react';
import { fieldDescribedBy, FieldNotes } from '@/components/ui/form-field';
import { inputClass, labelClass } from '@/components/ui/form-status';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { formStateOf, initialActionResult, type ActionResult } from '@/lib/actions/action-result';

type SaveCapAction = (prev: ActionResult<{ capCents: number | null }>, formData: FormData) => Promise<ActionResult<{ capCents: number | null }>>;

export function UsageCapForm({ action, capCents, canEdit }: { action: SaveCapAction; capCents: number | null; canEdit: boolean }) {
  const [state, formAction] = useActionState(action, initialActionResult as ActionResult<{ capCents: number | null }>);
  const { errors, values } = formStateOf(state);
  const hint = canEdit ? 'Estimated provider cost in US dollars. Leave empty for no cap. At the cap, replies become drafts and owners get one email.' : 'Only the workspace owner can change the cap.';
  return (
    <form action={formAction} className="space-y-3">
      <div>
        <label htmlFor="capDollars" className={labelClass}>Monthly cap (USD)</label>
        <div className="mt-1 flex max-w-xs items-center gap-2">
          <span aria-hidden="true" className="text-slate-500">$</span>
          <input
            id="capDollars"
            name="capDollars"
            inputMode="decimal"
            autoComplete="off"
            disabled={!canEdit}
            defaultValue={values.capDollars ?? (capCents === null ? '' : (capCents / 100).toFixed(2))}
            placeholder="No cap"
            aria-invalid={errors.capDollars?.length ? true : undefined}
            aria-describedby={fieldDescribedBy('capDollars', hint, errors.capDollars)}
            className={`shadow-sm disabled:bg-slate-50 disabled:text-slate-600 ${inputClass}`}
          />
        </div>
        <FieldNotes id="capDollars" hint={hint} errors={errors.capDollars} />
      </div>
      {canEdit ? <SubmitButton pendingLabel="Saving…">Save cap</SubmitButton> : null}
      <FormMessage state={state} />
    </form>
  );
}
