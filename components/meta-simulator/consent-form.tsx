'use client';
import { useActionState, useEffect, useState } from 'react';
import { approveDialogAction } from '@/app/dev/meta/oauth/actions';
import { initialActionResult } from '@/lib/actions/action-result';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

export type ConsentAccount = { id: string; label: string; detail: string; note?: string; taken?: boolean };

/** The account picker and Continue button of a simulated Meta OAuth dialog. */
export function ConsentForm({ dialog, hidden, accounts, multiple, legend, cancelHref, preselected }: {
  dialog: 'facebook' | 'instagram';
  legend: string;
  hidden: Record<string, string | undefined>;
  accounts: ConsentAccount[];
  multiple: boolean;
  cancelHref: string;
  /** Pre-checked: the first account this workspace can connect (not one another workspace holds). */
  preselected?: string[];
}) {
  const [state, action] = useActionState(approveDialogAction, initialActionResult);
  const redirectTo = state.ok ? state.data?.redirectTo : undefined;
  useEffect(() => {
    if (redirectTo) window.location.assign(redirectTo);
  }, [redirectTo]);
  const [chosen, setChosen] = useState<string[]>(preselected ?? accounts.slice(0, 1).map((a) => a.id));
  const toggle = (id: string, on: boolean) => setChosen((current) => (multiple ? (on ? [...current, id] : current.filter((c) => c !== id)) : [id]));

  return (
    <form action={action} className="mt-6 space-y-5">
      <input type="hidden" name="dialog" value={dialog} />
      {Object.entries(hidden).map(([name, value]) => (value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />))}
      <fieldset>
        <legend className="text-sm font-semibold text-slate-900">{legend}</legend>
        <div className="mt-2 space-y-2">
          {accounts.map((account) => (
            <label key={account.id} className="flex cursor-pointer items-center gap-3 rounded-xl border border-slate-200 px-4 py-3 hover:bg-slate-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name="accounts"
                value={account.id}
                checked={chosen.includes(account.id)}
                onChange={(event) => toggle(account.id, event.target.checked)}
                className="h-4 w-4 accent-brand-600"
              />
              <span className="min-w-0">
                <span className="block font-medium text-slate-900">{account.label}</span>
                <span className="block truncate text-xs text-slate-500">{account.detail}</span>
                {account.note ? <span className={`mt-0.5 block text-xs ${account.taken ? 'text-amber-800' : 'text-emerald-800'}`}>{account.note}</span> : null}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <FormMessage state={state} />
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <a href={cancelHref} className="inline-flex items-center justify-center rounded-lg px-4 py-2.5 text-sm font-semibold text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50">
          Cancel
        </a>
        <SubmitButton pendingLabel="Connecting…">Continue</SubmitButton>
      </div>
    </form>
  );
}
