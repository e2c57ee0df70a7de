// Calling server actions the way a form does, for the tests that attack every action found in
// app/ (the cross-tenant probe, the boundary fuzzer).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export type ServerAction = (...args: unknown[]) => Promise<unknown>;
export type ActionOutcome =
  | { kind: 'result'; value: { ok: boolean; error?: string; fieldErrors?: Record<string, string[]> } }
  | { kind: 'redirect' | 'interrupt'; digest: string };

export function findFiles(dir: string, name: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? findFiles(full, name) : entry === name ? [full] : [];
  });
}

/** The exported functions of an actions.ts file. */
export async function actionsOf(file: string): Promise<[string, ServerAction][]> {
  const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
  return Object.entries(mod).filter(([, value]) => typeof value === 'function') as [string, ServerAction][];
}

/** Posts `fields` as a form; Next's redirect()/notFound()/forbidden() come back as outcomes, anything else thrown propagates. */
export async function callAction(action: ServerAction, fields: Record<string, string | string[]>): Promise<ActionOutcome> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
  try {
    const value = (await action({ ok: false, error: '' }, form)) as Extract<ActionOutcome, { kind: 'result' }>['value'] | undefined;
    return { kind: 'result', value: value ?? { ok: true } };
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? '');
    if (digest.startsWith('NEXT_REDIRECT')) return { kind: 'redirect', digest };
    if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK')) return { kind: 'interrupt', digest };
    throw error;
  }
}

/**
 * Strict schemas reject unknown fields, so this learns an action's fields: it drops the keys zod
 * calls unrecognised and retries, until the input passes that check.
 */
export async function learnActionFields(action: ServerAction, candidates: Record<string, string>, before: () => Promise<void>): Promise<{ outcome: ActionOutcome; fields: Record<string, string> }> {
  let fields = candidates;
  for (let attempt = 0; attempt < 5; attempt++) {
    await before();
    const outcome = await callAction(action, fields);
    const unknown = outcome.kind === 'result' ? (outcome.value.fieldErrors?._form ?? []).filter((message) => message.startsWith('Unrecognized key')) : [];
    if (!unknown.length) return { outcome, fields };
    const drop = new Set(unknown.flatMap((message) => [...message.matchAll(/"([^"]+)"/g)].map((match) => match[1]!)));
    fields = Object.fromEntries(Object.entries(fields).filter(([key]) => !drop.has(key)));
  }
  throw new Error('could not find the fields of an action');
}
