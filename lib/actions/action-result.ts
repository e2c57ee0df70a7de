import type { z } from 'zod';

/** What every form action returns; forms render `fieldErrors` next to fields and `error` on top. */
export type ActionResult<Data = undefined> =
  | { ok: true; data?: Data; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

export const initialActionResult = { ok: false, error: '' } as ActionResult<never>;

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
