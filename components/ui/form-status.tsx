'use client';
// Small pieces every useActionState form shares: a submit button that disables itself while the
// action runs, the top-level message, and per-field errors.
import { useFormStatus } from 'react-dom';
import type { ActionResult } from '@/lib/actions/action-result';

const buttonVariants = {
  primary: 'bg-brand-600 text-white hover:bg-brand-700 shadow-sm',
  secondary: 'bg-white text-slate-900 ring-1 ring-slate-300 hover:bg-slate-50',
  danger: 'bg-white text-red-700 ring-1 ring-red-200 hover:bg-red-50',
} as const;

export function SubmitButton({ children, pendingLabel, variant = 'primary', className = '', size = 'md' }: {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: keyof typeof buttonVariants;
  className?: string;
  size?: 'sm' | 'md';
}) {
  const { pending } = useFormStatus();
  const sizing = size === 'sm' ? 'px-3 py-1.5 text-xs' : 'px-4 py-2.5 text-sm';
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex items-center justify-center rounded-lg font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60 ${sizing} ${buttonVariants[variant]} ${className}`}
    >
      {pending ? (pendingLabel ?? 'Working…') : children}
    </button>
  );
}

/** The form-level error or success message, announced to screen readers. */
export function FormMessage({ state }: { state: ActionResult<unknown> }) {
  if (state.ok && state.message) {
    return <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200">{state.message}</p>;
  }
  if (!state.ok && state.error) {
    return <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">{state.error}</p>;
  }
  return null;
}

export function fieldError(state: ActionResult<unknown>, field: string): string | undefined {
  return state.ok ? undefined : state.fieldErrors?.[field]?.[0];
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return <p id={id} className="mt-1 text-sm text-red-700">{message}</p>;
}

export const inputClass =
  'block w-full rounded-lg border-0 px-3 py-2 text-sm text-slate-900 ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:ring-red-400';
export const labelClass = 'block text-sm font-medium text-slate-700';
