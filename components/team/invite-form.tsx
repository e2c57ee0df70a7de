'use client';
import { useActionState } from 'react';
import { formStateOf, initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { FieldError, inputClass, labelClass } from '@/components/ui/form-status';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function InviteForm({ action, roles }: { action: Action; roles: { value: string; label: string }[] }) {
  const [state, formAction] = useActionState(action, initialActionResult);
  const { errors, values } = formStateOf(state);
  const roleError = errors.role?.[0];
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <FormField className="flex-1" label="Email address" name="email" id="invite-email" type="email" autoComplete="off" required placeholder="teammate@example.com" defaultValue={values.email} errors={errors.email} />
        <div className="sm:w-40">
          <label htmlFor="invite-role" className={labelClass}>Role</label>
          <select
            id="invite-role"
            name="role"
            defaultValue="agent"
            aria-invalid={Boolean(roleError)}
            aria-describedby={roleError ? 'invite-role-error' : undefined}
            className={`mt-1 ${inputClass}`}
          >
            {roles.map((role) => <option key={role.value} value={role.value}>{role.label}</option>)}
          </select>
          <FieldError id="invite-role-error" message={roleError} />
        </div>
        <div className="sm:pt-6">
          <SubmitButton pendingLabel="Sending…" className="w-full sm:w-auto">Send invite</SubmitButton>
        </div>
      </div>
    </form>
  );
}
