import type { z } from 'zod';

/** What every form action returns; forms render `fieldErrors` next to fields and `error` on top. */
export type ActionResult<Data = undefined> =
  | { ok: true; data?: Data; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };

export const initialActionResult = { ok: false, error: '' } as ActionResult<never>;

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * What the user typed, echoed back so a failed submit does not wipe the form (React resets
 * uncontrolled forms after an action). Secrets are never echoed.
 */
export function echoValues(raw: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(raw).filter(([key, value]) => typeof value === 'string' && !/password|token|secret|api_?key/i.test(key)) as [string, string][],
  );
}

/** Field errors and echoed values of a result, for forms. */
export function formStateOf(state: ActionResult<unknown>) {
  return state.ok ? { errors: {} as Record<string, string[]>, values: {} as Record<string, string> } : { errors: state.fieldErrors ?? {}, values: state.values ?? {} };
}
