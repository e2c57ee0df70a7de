'use client';
// A destructive action behind a second step: the first button only opens the confirmation (a
// native <details>, so it works by keyboard and without extra state); an optional phrase must be
// typed (the workspace name) before the final button does anything.
import { useActionState, useState } from 'react';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { FormMessage } from '@/components/ui/form-message';
import { inputClass, labelClass } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function ConfirmActionForm({ action, fields, openLabel, title, description, confirmLabel, pendingLabel, typeToConfirm, testId }: {
  action: Action;
  fields: Record<string, string>;
  openLabel: string;
  title: string;
  description: React.ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  /** When set, the user must type this (e.g. the workspace name) to enable the final button. */
  typeToConfirm?: { label: string; value: string; name: string };
  testId?: string;
}) {
  const [state, formAction] = useActionState(action, initialActionResult);
  const [typed, setTyped] = useState('');
  const ready = !typeToConfirm || typed.trim() === typeToConfirm.value;
  return (
    <details className="group rounded-lg" data-testid={testId}>
      <summary className="inline-flex cursor-pointer list-none items-center rounded-lg bg-white px-3 py-1.5 text-sm font-semibold text-red-700 ring-1 ring-red-300 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-red-600 [&::-webkit-details-marker]:hidden">
        {openLabel}
      </summary>
      <form action={formAction} className="mt-3 space-y-3 rounded-lg bg-red-50 p-3 ring-1 ring-red-200">
        <p className="text-sm font-semibold text-red-900">{title}</p>
        <div className="text-sm text-red-900">{description}</div>
        {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
        {typeToConfirm ? (
          <div>
            <label htmlFor={`${testId ?? 'confirm'}-typed`} className={labelClass}>{typeToConfirm.label}</label>
            <input id={`${testId ?? 'confirm'}-typed`} name={typeToConfirm.name} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" className={`${inputClass} max-w-xs`} />
          </div>
        ) : null}
        <FormMessage state={state} />
        {ready ? <SubmitButton variant="danger" size="sm" pendingLabel={pendingLabel}>{confirmLabel}</SubmitButton> : <button type="button" disabled className="rounded-lg px-3 py-1.5 text-xs font-semibold text-red-400 ring-1 ring-red-200">{confirmLabel}</button>}
      </form>
    </details>
  );
}
