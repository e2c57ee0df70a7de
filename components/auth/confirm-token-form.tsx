'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';
import { initialActionResult } from '@/lib/actions/action-result';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

/**
 * A button that spends a single-use emailed token. It is a POST on purpose: mail scanners
 * that prefetch links must not use the token up before the person clicks.
 */
export function ConfirmTokenForm({ token, label, action, retryHref, retryLabel }: {
  token: string;
  label: string;
  action: (prev: ActionResult, form: FormData) => Promise<ActionResult>;
  retryHref: string;
  retryLabel: string;
}) {
  const [state, formAction] = useActionState(action, initialActionResult);
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      {!state.ok && state.error ? <p className="text-sm"><Link href={retryHref} className="font-medium text-brand-700 underline">{retryLabel}</Link></p> : null}
      {state.ok ? <Link href="/login" className="font-semibold text-brand-700 hover:underline">Log in</Link> : (
        <>
          <input type="hidden" name="token" value={token} />
          <SubmitButton className="w-full" pendingLabel="Confirming…">{label}</SubmitButton>
        </>
      )}
    </form>
  );
}
