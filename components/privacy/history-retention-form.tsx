'use client';
import { useActionState } from 'react';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { FormMessage } from '@/components/ui/form-message';
import { inputClass, labelClass } from '@/components/ui/form-status';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function HistoryRetentionForm({ action, setting }: { action: Action; setting: string }) {
  const [state, formAction] = useActionState(action, initialActionResult);
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      <div>
        <label htmlFor="history-retention" className={labelClass}>Delete conversations</label>
        <select id="history-retention" name="historyRetention" defaultValue={setting === 'forever' ? 'plan_default' : setting} key={setting} className={`${inputClass} max-w-md`}>
          <option value="plan_default">Never (default: keep for as long as the workspace exists)</option>
          <option value="days_90">90 days after the last message</option>
          <option value="months_12">12 months after the last message</option>
        </select>
      </div>
      <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
    </form>
  );
}
