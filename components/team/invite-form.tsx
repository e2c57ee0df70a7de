'use client';
import { useActionState } from 'react';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { FieldError, fieldError, FormMessage, inputClass, labelClass, SubmitButton } from '@/components/ui/form-status';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function InviteForm({ action, roles }: { action: Action; roles: { value: string; label: string }[] }) {
  const [state, formAction] = useActionState(action, initialActionResult);
  const emailError = fieldError(state, 'email');
  const roleError = fieldError(state, 'role');
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="flex-1">
          <label htmlFor="invite-email" className={labelClass}>Email address</label>
          <input
            id="invite-email"
            name="email"
            type="email"
            autoComplete="off"
            required
            placeholder="teammate@example.com"
            aria-invalid={Boolean(emailError)}
            aria-describedby={emailError ? 'invite-email-error' : undefined}
            className={`mt-1 ${inputClass}`}
          />
          <FieldError id="invite-email-error" message={emailError} />
        </div>
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
