'use client';
import { useActionState } from 'react';
import { dismissOnboardingAction } from '@/app/(app)/onboarding/actions';
import { initialActionResult } from '@/lib/actions/action-result';

/** Closes the checklist for good (for this member, in this workspace). */
export function DismissOnboardingButton() {
  const [state, action, pending] = useActionState(dismissOnboardingAction, initialActionResult);
  return (
    <form action={action}>
      <button
        type="submit" disabled={pending}
        className="rounded-md px-2 py-1 text-xs font-semibold text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-60"
      >
        {pending ? 'Hiding…' : 'Hide'}<span className="sr-only"> the getting-started checklist</span>
      </button>
      {!state.ok && state.error ? <p role="alert" className="text-xs text-red-700">{state.error}</p> : null}
    </form>
  );
}
