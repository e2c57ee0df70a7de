import type { z } from 'zod';
import { isAppError } from '../errors';
import { logger } from '../logger';
import { assertSameOriginOf } from '../security/same-origin';
import { findUnstorableText, unstorableTextMessage } from '../validation/unstorable-text';
import { echoValues, fieldErrorsOf, type ActionResult } from './action-result';

/**
 * The one wrapper every form submission goes through: same-origin check, zod parse of the form
 * (unknown fields rejected by strict schemas), then the domain call; AppErrors become form
 * messages and anything else is logged and shown generically. Server actions call it through
 * runAction; the public pages' plain form posts (pages/) pass their request's headers.
 */
export async function runForm<Schema extends z.ZodType, Data>(
  schema: Schema,
  input: FormData | Record<string, unknown>,
  handler: (values: z.infer<Schema>) => Promise<ActionResult<Data> | void>,
  requestHeaders: Pick<Headers, 'get'>,
): Promise<ActionResult<Data>> {
  const raw = input instanceof FormData ? formDataToObject(input) : input;
  const values = echoValues(raw);
  try {
    assertSameOriginOf(requestHeaders);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error), values };
    // Checked on the parsed values, so text inside JSON fields (agent settings, playground turns) counts too.
    const unstorable = findUnstorableText(parsed.data);
    if (unstorable.length) return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: Object.fromEntries(unstorable.map((path) => [path, [unstorableTextMessage]])), values };
    const result = (await handler(parsed.data)) ?? { ok: true };
    return result.ok ? result : { ...result, values: result.values ?? values };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.message, fieldErrors: error.details?.fieldErrors as Record<string, string[]> | undefined, values };
    // Next's redirect()/notFound() are thrown and must propagate.
    if (error && typeof error === 'object' && 'digest' in error && String((error as { digest: unknown }).digest).startsWith('NEXT_')) throw error;
    logger.error({ err: error }, 'server action failed');
    return { ok: false, error: 'Something went wrong on our side. Please try again.' };
  }
}

/** FormData → object; a repeated key (checkbox group) becomes an array. React adds `$ACTION_*` bookkeeping fields, which are dropped. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION')) continue;
    const previous = out[key];
    out[key] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return out;
}
