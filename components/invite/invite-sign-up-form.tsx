'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { FieldError, fieldError, FormMessage, inputClass, labelClass, SubmitButton } from '@/components/ui/form-status';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

/** Sign-up for an invited address: the email is fixed to the invite's and not editable. */
export function InviteSignUpForm({ action, token, email }: { action: Action; token: string; email: string }) {
  const [state, formAction] = useActionState(action, initialActionResult);
  const nameError = fieldError(state, 'name');
  const passwordError = fieldError(state, 'password');
  const termsError = fieldError(state, 'terms');
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="signup-email" className={labelClass}>Email</label>
        <input id="signup-email" type="email" value={email} readOnly disabled className={`mt-1 bg-slate-50 text-slate-600 ${inputClass}`} />
      </div>
      <div>
        <label htmlFor="signup-name" className={labelClass}>Your name</label>
        <input
          id="signup-name"
          name="name"
          autoComplete="name"
          required
          aria-invalid={Boolean(nameError)}
          aria-describedby={nameError ? 'signup-name-error' : undefined}
          className={`mt-1 ${inputClass}`}
        />
        <FieldError id="signup-name-error" message={nameError} />
      </div>
      <div>
        <label htmlFor="signup-password" className={labelClass}>Password</label>
        <input
          id="signup-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          aria-invalid={Boolean(passwordError)}
          aria-describedby={passwordError ? 'signup-password-error signup-password-hint' : 'signup-password-hint'}
          className={`mt-1 ${inputClass}`}
        />
        <p id="signup-password-hint" className="mt-1 text-xs text-slate-500">At least 12 characters. A few random words work well.</p>
        <FieldError id="signup-password-error" message={passwordError} />
      </div>
      <div>
        <div className="flex items-start gap-2">
          <input
            id="signup-terms"
            name="terms"
            type="checkbox"
            required
            aria-invalid={Boolean(termsError)}
            aria-describedby={termsError ? 'signup-terms-error' : undefined}
            className="mt-0.5 h-4 w-4 rounded border-slate-300 text-brand-600 focus:ring-brand-600"
          />
          <label htmlFor="signup-terms" className="text-sm text-slate-700">
            I am 16 or older and accept the{' '}
            <Link href="/legal/terms" className="font-semibold text-brand-700 hover:underline">terms</Link> and{' '}
            <Link href="/legal/privacy" className="font-semibold text-brand-700 hover:underline">privacy policy</Link>.
          </label>
        </div>
        <FieldError id="signup-terms-error" message={termsError} />
      </div>
      <SubmitButton pendingLabel="Creating account…" className="w-full">Create account and join</SubmitButton>
    </form>
  );
}
