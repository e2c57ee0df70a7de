// A labelled input of the rule editor with its errors under it (linked by `${id}-error`).
import { labelClass } from '@/components/ui/form-status';

export function Field({ id, label, errors, children }: { id: string; label: string; errors?: string[]; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className={labelClass}>{label}</label>
      <div className="mt-1">{children}</div>
      {errors?.length ? <p id={`${id}-error`} className="mt-1 text-sm text-red-600">{errors.join(' ')}</p> : null}
    </div>
  );
}
