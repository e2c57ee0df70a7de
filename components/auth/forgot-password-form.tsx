'use client';
import { useActionState } from 'react';
import { forgotPasswordAction } from '@/app/(auth)/actions';
import { formStateOf, initialActionResult } from '@/lib/actions/action-result';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

export function ForgotPasswordForm() {
  const [state, action] = useActionState(forgotPasswordAction, initialActionResult);
  const { errors, values } = formStateOf(state);
  if (state.ok) return <FormMessage state={state} />;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <FormField label="Email" name="email" defaultValue={values.email} type="email" autoComplete="email" required errors={errors.email} />
      <SubmitButton className="w-full" pendingLabel="Sending…">Send reset link</SubmitButton>
    </form>
  );
}
