import { headers } from 'next/headers';
import type { z } from 'zod';
import type { ActionResult } from './action-result';
import { runForm } from './run-form';

export { formDataToObject } from './run-form';

/** runForm for a server action: the same-origin check reads the action's request. */
export async function runAction<Schema extends z.ZodType, Data>(
  schema: Schema,
  input: FormData | Record<string, unknown>,
  handler: (values: z.infer<Schema>) => Promise<ActionResult<Data> | void>,
): Promise<ActionResult<Data>> {
  return runForm(schema, input, handler, await headers());
}
