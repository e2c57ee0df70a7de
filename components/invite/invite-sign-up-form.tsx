'use client';
import { useActionState } from 'react';
import { formStateOf, initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import { TermsCheckbox } from '@/components/auth/terms-checkbox';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

/** Sign-up for an invited address: the email is fixed to the invite's and not editable. */
export function InviteSignUpForm({ action, token, email }: { action: Action; token: string; email: string }) {
  const [state, formAction] = useActionState(action, initialActionResult);
  const { errors, values } = formStateOf(state);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <FormField label="Email" name="invite-email" id="signup-email" type="email" value={email} readOnly disabled />
      <FormField label="Your name" name="name" id="signup-name" defaultValue={values.name} autoComplete="name" required errors={errors.name} />
      <FormField
        label="Password"
        name="password"
        id="signup-password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few random words work well.`}
        errors={errors.password}
      />
      <TermsCheckbox name="terms" errors={errors.terms} defaultChecked={values.terms === 'on'} />
      <SubmitButton pendingLabel="Creating account…" className="w-full">Create account and join</SubmitButton>
    </form>
  );
}
