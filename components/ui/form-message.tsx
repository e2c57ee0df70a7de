import type { ActionResult } from '@/lib/actions/action-result';

/** The form-level outcome: an error or a success note, announced to screen readers. */
export function FormMessage({ state }: { state: ActionResult<unknown> }) {
  if (state.ok && state.message) {
    return <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200">{state.message}</p>;
  }
  if (!state.ok && state.error) {
    return <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">{state.error}</p>;
  }
  return null;
}
