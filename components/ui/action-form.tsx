'use client';
import { useActionState, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';
import { initialActionResult } from '@/lib/actions/action-result';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, form: FormData) => Promise<ActionResult>;

/** A small action form: hidden ids, optional fields, one submit button, the action's message. */
export function ActionForm({ action, hidden = {}, label, pendingLabel, variant = 'secondary', size = 'sm', children, className = '' }: {
  action: Action; hidden?: Record<string, string>; label: string; pendingLabel?: string; variant?: 'primary' | 'secondary' | 'danger'; size?: 'sm' | 'md'; children?: ReactNode; className?: string;
}) {
  const [state, formAction] = useActionState(action, initialActionResult);
  return (
    <form action={formAction} className={`space-y-2 ${className}`}>
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {children}
      <SubmitButton variant={variant} size={size} pendingLabel={pendingLabel}>{label}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
