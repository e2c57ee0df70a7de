import type { InputHTMLAttributes } from 'react';
import { inputClass, labelClass } from './form-status';

type Props = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; errors?: string[]; hint?: string };


/** Label + input + hint + field errors, wired with aria-describedby for screen readers. */
export function FormField({ label, name, id = name, errors, hint, className = '', ...input }: Props) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>{label}</label>
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 shadow-sm disabled:bg-slate-50 disabled:text-slate-600 ${inputClass}`}
        {...input}
      />
      {hint ? <p id={hintId} className="mt-1 text-xs text-slate-500">{hint}</p> : null}
      {errors?.length ? (
        <p id={errorId} className="mt-1 text-sm text-red-600">{errors.join(' ')}</p>
      ) : null}
    </div>
  );
}
