'use client';
import { useActionState } from 'react';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { FormMessage } from '@/components/ui/form-message';
import { inputClass, labelClass } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

const label = (minutes: number) => (minutes < 60 ? `${minutes} minutes` : minutes === 60 ? '1 hour' : `${minutes / 60} hours`);

export function AutoHandBackForm({ action, minutes, choices }: { action: Action; minutes: number | null; choices: readonly number[] }) {
  const [state, formAction] = useActionState(action, initialActionResult);
  const options = minutes && !choices.includes(minutes) ? [...choices, minutes].sort((a, b) => a - b) : choices;
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      <div>
        <label htmlFor="auto-hand-back" className={labelClass}>Hand back to the AI after</label>
        <select id="auto-hand-back" name="autoHandBackMinutes" defaultValue={minutes ?? ''} key={minutes ?? 'off'} className={`${inputClass} max-w-xs`}>
          <option value="">Never (operators hand back themselves)</option>
          {options.map((m) => <option key={m} value={m}>{label(m)} without operator activity</option>)}
        </select>
      </div>
      <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
    </form>
  );
}
