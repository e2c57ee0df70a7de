import type { ActionResult } from '@/lib/actions/action-result';

/** The outcome of the last conversation action, announced politely (errors assertively). */
export function ActionStatus({ result, className = '' }: { result: ActionResult | null; className?: string }) {
  const error = result && !result.ok ? result.error : null;
  const message = result && result.ok ? result.message : null;
  return (
    <>
      <p role="status" className={message ? `rounded-md bg-slate-900 px-2.5 py-1.5 text-xs text-white shadow ${className}` : 'sr-only'}>{message ?? ''}</p>
      <p role="alert" className={error ? `rounded-md bg-red-700 px-2.5 py-1.5 text-xs text-white shadow ${className}` : 'sr-only'}>{error ?? ''}</p>
    </>
  );
}
