'use client';
import { useFormStatus } from 'react-dom';

const styles = {
  primary: 'bg-brand-600 text-white hover:bg-brand-700',
  secondary: 'bg-white text-slate-900 ring-1 ring-slate-300 hover:bg-slate-50',
  danger: 'bg-white text-red-700 ring-1 ring-red-300 hover:bg-red-50',
} as const;

/** Disabled with a busy label while its form submits, so nothing is sent twice. */
export function SubmitButton({ children, pendingLabel, variant = 'primary', size = 'md', className = '' }: {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: keyof typeof styles;
  size?: 'sm' | 'md';
  className?: string;
}) {
  const { pending } = useFormStatus();
  const sizing = size === 'sm' ? 'px-3 py-1.5 text-xs' : 'px-4 py-2.5 text-sm';
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex items-center justify-center rounded-lg font-semibold shadow-sm transition-colors disabled:cursor-wait disabled:opacity-60 ${sizing} ${styles[variant]} ${className}`}
    >
      {pending ? (pendingLabel ?? 'Working…') : children}
    </button>
  );
}
