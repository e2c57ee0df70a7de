'use client';
import { useActionState } from 'react';
import { signUpAction } from '@/app/(auth)/actions';
import { formStateOf, initialActionResult } from '@/lib/actions/action-result';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import { TermsCheckbox } from '@/components/auth/terms-checkbox';
import { BrowserTimeZoneField } from '@/components/workspaces/browser-time-zone-field';
import { TrialPlanSelect } from '@/components/auth/trial-plan-select';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

/** `plan`: the plan/period picked on /pricing ("growth:yearly"), carried through sign-up. */
export function SignUpForm({ plan }: { plan: string }) {
  const [state, action] = useActionState(signUpAction, initialActionResult);
  const { errors, values } = formStateOf(state);
  // After a successful submit the page is about the email to open, not the form that is gone.
  if (state.ok) {
    return (
      <>
        <h1 className="text-xl font-bold">Check your email</h1>
        <div className="mt-4"><FormMessage state={state} /></div>
      </>
    );
  }
  return (
    <>
    <h1 className="text-xl font-bold">Create your Relaydesk account</h1>
    <p className="mt-1 mb-6 text-sm text-slate-600">One inbox for Instagram, Messenger and WhatsApp, with an AI assistant.</p>
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <FormField label="Your name" name="name" defaultValue={values.name} autoComplete="name" required errors={errors.name} />
      <FormField label="Work email" name="email" defaultValue={values.email} type="email" autoComplete="email" required errors={errors.email} />
      <FormField label="Password" name="password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence works well.`} errors={errors.password} />
      <FormField label="Workspace name" name="workspaceName" defaultValue={values.workspaceName} autoComplete="organization" required hint="Usually your business or brand name." errors={errors.workspaceName} />
      <TrialPlanSelect defaultValue={values.plan ?? plan} />
      <TermsCheckbox name="acceptTerms" errors={errors.acceptTerms} defaultChecked={values.acceptTerms === 'on'} />
      <BrowserTimeZoneField />
      <SubmitButton className="w-full" pendingLabel="Creating your account…">Create account</SubmitButton>
    </form>
    </>
  );
}
