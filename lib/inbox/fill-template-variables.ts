// WhatsApp template bodies carry positional placeholders {{1}}..{{n}}; Meta rejects a send whose
// parameter count differs (error 132000), so the count is checked before queueing.
import { AppError } from '../errors';

type Component = { type?: string; text?: string };

export function templateBodyText(components: unknown): string {
  const list = Array.isArray(components) ? (components as Component[]) : [];
  return list.find((c) => String(c.type).toUpperCase() === 'BODY')?.text ?? '';
}

/** The highest placeholder number in the body ({{1}} {{2}} {{2}} → 2). */
export function templateVariableCount(body: string): number {
  let max = 0;
  for (const match of body.matchAll(/\{\{\s*(\d+)\s*\}\}/g)) max = Math.max(max, Number(match[1]));
  return max;
}

/** The body with every placeholder replaced, for the message preview in the inbox. */
export function fillTemplateVariables(body: string, variables: readonly string[]): string {
  const expected = templateVariableCount(body);
  if (variables.length !== expected) {
    throw new AppError('bad_request', `This template needs ${expected} variable${expected === 1 ? '' : 's'}, got ${variables.length}.`, {
      fieldErrors: { variables: [`Fill in exactly ${expected} variable${expected === 1 ? '' : 's'}`] },
    });
  }
  return body.replace(/\{\{\s*(\d+)\s*\}\}/g, (_, n: string) => variables[Number(n) - 1] ?? '');
}
