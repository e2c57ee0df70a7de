'use client';
import { useActionState } from 'react';
import { changeEmailAction, changePasswordAction, revokeOtherSessionsAction, revokeSessionAction } from '@/app/(app)/settings/account/actions';
import { formStateOf, initialActionResult } from '@/lib/actions/action-result';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, initialActionResult);
  const { errors } = formStateOf(state);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <FormField label="Current password" name="currentPassword" type="password" autoComplete="current-password" errors={errors.currentPassword} />
      <FormField label="New password" name="password" type="password" autoComplete="new-password" minLength={PASSWORD_MIN_LENGTH} hint={`At least ${PASSWORD_MIN_LENGTH} characters.`} errors={errors.password} />
      <FormField label="Repeat the new password" name="confirmPassword" type="password" autoComplete="new-password" errors={errors.confirmPassword} />
      <SubmitButton pendingLabel="Saving…">Change password</SubmitButton>
    </form>
  );
}

export function ChangeEmailForm() {
  const [state, action] = useActionState(changeEmailAction, initialActionResult);
  const { errors, values } = formStateOf(state);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <FormField label="New email" name="newEmail" defaultValue={values.newEmail} type="email" autoComplete="email" errors={errors.newEmail} />
      <FormField label="Current password" name="currentPassword" type="password" autoComplete="current-password" errors={errors.currentPassword} />
      <SubmitButton pendingLabel="Sending…">Send confirmation link</SubmitButton>
    </form>
  );
}

export function RevokeSessionButton({ sessionId }: { sessionId: string }) {
  const [state, action] = useActionState(revokeSessionAction, initialActionResult);
  return (
    <form action={action}>
      <input type="hidden" name="sessionId" value={sessionId} />
      {!state.ok && state.error ? <p role="alert" className="text-xs text-red-600">{state.error}</p> : null}
      <SubmitButton variant="secondary" pendingLabel="Signing out…">Sign out</SubmitButton>
    </form>
  );
}

export function RevokeOtherSessionsForm() {
  const [state, action] = useActionState(revokeOtherSessionsAction, initialActionResult);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <SubmitButton variant="danger" pendingLabel="Signing out…">Sign out all other sessions</SubmitButton>
    </form>
  );
}
