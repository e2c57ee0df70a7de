import type { InputHTMLAttributes } from 'react';
import { inputClass, labelClass } from './form-status';

type Props = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; errors?: string[]; hint?: string };

/** The aria-describedby value pointing at a field's hint and errors (rendered by FieldNotes). */
export function fieldDescribedBy(id: string, hint?: string, errors?: string[]): string | undefined {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

/** A field's hint and errors, with the ids fieldDescribedBy points at. */
export function FieldNotes({ id, hint, errors }: { id: string; hint?: string; errors?: string[] }) {
  return (
    <>
      {hint ? <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">{hint}</p> : null}
      {errors?.length ? <p id={`${id}-error`} className="mt-1 text-sm text-red-600">{errors.join(' ')}</p> : null}
    </>
  );
}

/** Label + input + hint + field errors, wired with aria-describedby for screen readers. */
export function FormField({ label, name, id = name, errors, hint, className = '', ...input }: Props) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>{label}</label>
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, errors)}
        className={`mt-1 shadow-sm disabled:bg-slate-50 disabled:text-slate-600 ${inputClass}`}
        {...input}
      />
      <FieldNotes id={id} hint={hint} errors={errors} />
    </div>
  );
}
