// Stripe's request encoding: application/x-www-form-urlencoded with bracketed keys
// (`line_items[0][price]=price_1&metadata[workspaceId]=…&expand[0]=subscription`), which the
// SDK produces for every request. Decoded into plain nested objects and arrays of strings.
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

function pathOf(key: string): string[] | null {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
  if (!match) return null;
  const rest = [...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!);
  return [match[1]!, ...rest];
}

/** Objects whose keys are exactly 0..n-1 become arrays (Stripe's indexed array format). */
function arrays(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const entries = keys.map((k) => [k, arrays(value[k]!)] as const);
  if (keys.length && keys.every((k, i) => k === String(i))) return entries.map(([, v]) => v);
  return Object.fromEntries(entries);
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function decodeStripeForm(params: URLSearchParams): FormObject {
  const root: FormObject = {};
  for (const [key, value] of params) {
    const path = pathOf(key);
    if (!path || path.some((p) => UNSAFE_KEYS.has(p))) continue;
    let node: FormObject = root;
    path.forEach((segment, i) => {
      // `expand[]=a` (empty brackets) appends.
      const name = segment === '' ? String(Object.keys(node).length) : segment;
      if (i === path.length - 1) {
        node[name] = value;
        return;
      }
      const next = node[name];
      if (typeof next !== 'object' || Array.isArray(next)) node[name] = {};
      node = node[name] as FormObject;
    });
  }
  return arrays(root) as FormObject;
}
