import Link from 'next/link';

/** The 16+ / Terms / Privacy confirmation every sign-up path asks for. */
export function TermsCheckbox({ name, errors, defaultChecked }: { name: string; errors?: string[]; defaultChecked?: boolean }) {
  const errorId = `${name}-error`;
  return (
    <div>
      <label className="flex items-start gap-2 text-sm text-slate-700">
        <input type="checkbox" name={name} defaultChecked={defaultChecked} className="mt-0.5 h-4 w-4 rounded border-slate-300 text-brand-600" aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? errorId : undefined} />
        <span>
          I am 16 or older and accept the <Link href="/legal/terms" className="font-medium text-brand-700 underline">Terms of Service</Link> and the{' '}
          <Link href="/legal/privacy" className="font-medium text-brand-700 underline">Privacy Policy</Link>.
        </span>
      </label>
      {errors?.length ? <p id={errorId} className="mt-1 text-sm text-red-600">{errors.join(' ')}</p> : null}
    </div>
  );
}
