'use client';
import { useActionState } from 'react';
import { signUpAction } from '@/app/(auth)/actions';
import { formStateOf, initialActionResult } from '@/lib/actions/action-result';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import { TermsCheckbox } from '@/components/auth/terms-checkbox';
import { TrialPlanSelect } from '@/components/auth/trial-plan-select';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

/** `plan`: the plan/period picked on /pricing ("growth:yearly"), carried through sign-up. */
export function SignUpForm({ plan }: { plan: string }) {
  const [state, action] = useActionState(signUpAction, initialActionResult);
  const { errors, values } = formStateOf(state);
  if (state.ok) return <FormMessage state={state} />;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <FormField label="Your name" name="name" defaultValue={values.name} autoComplete="name" required errors={errors.name} />
      <FormField label="Work email" name="email" defaultValue={values.email} type="email" autoComplete="email" required errors={errors.email} />
      <FormField label="Password" name="password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence works well.`} errors={errors.password} />
      <FormField label="Workspace name" name="workspaceName" defaultValue={values.workspaceName} autoComplete="organization" required hint="Usually your business or brand name." errors={errors.workspaceName} />
      <TrialPlanSelect defaultValue={values.plan ?? plan} />
      <TermsCheckbox name="acceptTerms" errors={errors.acceptTerms} defaultChecked={values.acceptTerms === 'on'} />
      <SubmitButton className="w-full" pendingLabel="Creating your account…">Create account</SubmitButton>
    </form>
  );
}
