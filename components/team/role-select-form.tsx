'use client';
import { useActionState } from 'react';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { inputClass } from '@/components/ui/form-status';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function RoleSelectForm({ action, userId, memberName, currentRole, roles }: {
  action: Action;
  userId: string;
  memberName: string;
  currentRole: string;
  roles: { value: string; label: string }[];
}) {
  const [state, formAction] = useActionState(action, initialActionResult);
  const id = `role-${userId}`;
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="sr-only">Role for {memberName}</label>
        <select id={id} name="role" defaultValue={currentRole} className={`${inputClass} w-28 py-1.5`}>
          {roles.map((role) => <option key={role.value} value={role.value}>{role.label}</option>)}
        </select>
        <SubmitButton size="sm" variant="secondary" pendingLabel="Saving…">Save</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
