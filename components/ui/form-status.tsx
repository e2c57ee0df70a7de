// Field-level pieces for hand-laid forms (FormField covers the common case); the submit button
// and form message live in submit-button.tsx and form-message.tsx.

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return <p id={id} className="mt-1 text-sm text-red-700">{message}</p>;
}

export const inputClass =
  'block w-full rounded-lg border-0 px-3 py-2 text-sm text-slate-900 ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:ring-red-400';
export const labelClass = 'block text-sm font-medium text-slate-700';
