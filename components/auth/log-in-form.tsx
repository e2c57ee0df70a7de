'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { logInAction } from '@/app/(auth)/actions';
import { formStateOf, initialActionResult } from '@/lib/actions/action-result';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

export function LogInForm({ next }: { next?: string }) {
  const [state, action] = useActionState(logInAction, initialActionResult);
  const { errors, values } = formStateOf(state);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormField label="Email" name="email" defaultValue={values.email} type="email" autoComplete="email" required errors={errors.email} />
      <FormField label="Password" name="password" type="password" autoComplete="current-password" required errors={errors.password} />
      <div className="flex justify-end text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 hover:underline">Forgot your password?</Link>
      </div>
      <SubmitButton className="w-full" pendingLabel="Logging in…">Log in</SubmitButton>
    </form>
  );
}
