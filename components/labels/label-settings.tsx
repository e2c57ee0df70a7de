'use client';
// Settings → Labels: create, rename/recolour in place, delete with a confirmation that says how
// many conversations lose the label.
import { useActionState, useState } from 'react';
import { createLabelAction, deleteLabelAction, updateLabelAction } from '@/app/(app)/settings/labels/actions';
import { ActionButton } from '@/components/team/action-button';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { formStateOf, initialActionResult } from '@/lib/actions/action-result';
import type { LabelWithUsage } from '@/lib/inbox/labels/list-labels-with-usage';
import { ColorRadioGroup } from './color-radio-group';

export function CreateLabelForm() {
  const [state, formAction] = useActionState(createLabelAction, initialActionResult);
  const { errors, values } = formStateOf(state);
  return (
    <form action={formAction} className="space-y-4" noValidate key={state.ok ? (state.data?.id ?? 'new') : 'new'}>
      <FormMessage state={state} />
      <FormField label="Name" name="name" id="new-label-name" required maxLength={40} autoComplete="off" placeholder="VIP" defaultValue={values.name} errors={errors.name} />
      <ColorRadioGroup idPrefix="new-label" defaultValue={values.color} error={errors.color?.[0]} />
      <SubmitButton pendingLabel="Creating…">Create label</SubmitButton>
    </form>
  );
}

export function LabelRow({ label }: { label: LabelWithUsage }) {
  const [editing, setEditing] = useState(false);
  const [state, formAction] = useActionState(async (prev: Parameters<typeof updateLabelAction>[0], form: FormData) => {
    const result = await updateLabelAction(prev, form);
    if (result.ok) setEditing(false);
    return result;
  }, initialActionResult);
  const { errors, values } = formStateOf(state);
  const usage = label.conversations === 1 ? '1 conversation' : `${label.conversations} conversations`;
  if (editing) {
    return (
      <li className="py-4">
        <form action={formAction} className="space-y-3" noValidate>
          <FormMessage state={state} />
          <input type="hidden" name="labelId" value={label.id} />
          <FormField label="Name" name="name" id={`label-${label.id}-name`} required maxLength={40} defaultValue={values.name ?? label.name} errors={errors.name} />
          <ColorRadioGroup idPrefix={`label-${label.id}`} defaultValue={values.color ?? label.color} error={errors.color?.[0]} />
          <div className="flex gap-2">
            <SubmitButton size="sm" pendingLabel="Saving…">Save</SubmitButton>
            <button type="button" onClick={() => setEditing(false)} className="rounded-lg px-3 py-1.5 text-xs font-semibold text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600">Cancel</button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-3">
      <div className="flex min-w-0 items-center gap-2">
        <span aria-hidden className="h-3 w-3 shrink-0 rounded-full" style={{ backgroundColor: label.color }} />
        <span className="truncate font-medium text-slate-900">{label.name}</span>
        <span className="text-xs text-slate-500">{usage}</span>
      </div>
      <div className="flex items-start gap-2">
        <button type="button" onClick={() => setEditing(true)} aria-label={`Edit ${label.name}`} className="rounded-lg bg-white px-3 py-1.5 text-xs font-semibold text-slate-900 shadow-sm ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600">Edit</button>
        <ActionButton
          action={deleteLabelAction}
          fields={{ labelId: label.id }}
          label="Delete"
          pendingLabel="Deleting…"
          variant="danger"
          confirm={`Delete the label "${label.name}"? It is removed from ${usage}. This cannot be undone.`}
        />
      </div>
    </li>
  );
}
