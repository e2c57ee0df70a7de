'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { signUpAction } from '@/app/(auth)/actions';
import { formStateOf, initialActionResult } from '@/lib/actions/action-result';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

export function SignUpForm() {
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
      <div>
        <label className="flex items-start gap-2 text-sm text-slate-700">
          <input type="checkbox" name="acceptTerms" defaultChecked={values.acceptTerms === 'on'} className="mt-0.5 h-4 w-4 rounded border-slate-300 text-brand-600" aria-describedby={errors.acceptTerms ? 'acceptTerms-error' : undefined} />
          <span>
            I am 16 or older and accept the <Link href="/legal/terms" className="font-medium text-brand-700 underline">Terms of Service</Link> and the{' '}
            <Link href="/legal/privacy" className="font-medium text-brand-700 underline">Privacy Policy</Link>.
          </span>
        </label>
        {errors.acceptTerms ? <p id="acceptTerms-error" className="mt-1 text-sm text-red-600">{errors.acceptTerms.join(' ')}</p> : null}
      </div>
      <SubmitButton className="w-full" pendingLabel="Creating your account…">Create account</SubmitButton>
    </form>
  );
}
