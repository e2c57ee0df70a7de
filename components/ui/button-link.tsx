import Link from 'next/link';
import type { ComponentProps } from 'react';

const variants = {
  primary: 'bg-brand-600 text-white hover:bg-brand-700 shadow-sm',
  secondary: 'bg-white text-slate-900 ring-1 ring-slate-300 hover:bg-slate-50',
  ghost: 'text-slate-700 hover:bg-slate-100',
} as const;

type Props = ComponentProps<typeof Link> & { variant?: keyof typeof variants };

/** A link styled as a button, for navigation calls to action. */
export function ButtonLink({ variant = 'primary', className = '', ...props }: Props) {
  return (
    <Link
      {...props}
      className={`inline-flex items-center justify-center rounded-lg px-4 py-2.5 text-sm font-semibold transition-colors ${variants[variant]} ${className}`}
    />
  );
}
