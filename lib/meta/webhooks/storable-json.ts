// What a signed webhook may carry but Postgres (text, jsonb) or our own recursive code cannot
// take: U+0000 (`\u0000` is valid JSON; text and jsonb refuse it), lone UTF-16 surrogates
// (`\ud83d` is valid JSON; jsonb refuses it) and unbounded nesting (JSON.parse copes with
// 100,000 levels, but every recursive walk after it — JSON.stringify, zod, our normalisers,
// Postgres's jsonb parser — overflows its stack). The raw bytes are always kept in the delivery,
// so replacing a character here loses nothing for replay.

/**
 * Deepest unit accepted as JSON. Meta's payloads nest about 8 levels (entry → changes → value →
 * messages → interactive → button_reply); a unit deeper than this is kept as `malformed`.
 */
export const MAX_UNIT_DEPTH = 64;

// Without the `u` flag a regex sees UTF-16 code units, so it can find unpaired halves.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

const needsCleaning = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

/** Text Postgres can hold: U+0000 and lone surrogates become U+FFFD (the replacement character). */
export function storableText(text: string): string {
  if (!needsCleaning(text)) return text;
  return text.replaceAll('\u0000', '\uFFFD').replace(LONE_SURROGATES, '\uFFFD');
}

export type StorableJson = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * The value as jsonb will take it: strings and keys through {@link storableText}; refused when
 * nested deeper than `maxDepth`. Walks iteratively first (no recursion on untrusted depth) and
 * copies only when a string needs cleaning, so a clean payload comes back as the same object.
 */
export function storableJson(value: unknown, maxDepth = MAX_UNIT_DEPTH): StorableJson {
  let dirty = false;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current === 'string') {
      dirty ||= needsCleaning(current);
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) return { ok: false, reason: `Nested deeper than ${maxDepth} levels` };
    if (Array.isArray(current)) {
      for (const item of current) stack.push({ value: item, depth: depth + 1 });
    } else {
      for (const [key, item] of Object.entries(current)) {
        dirty ||= needsCleaning(key);
        stack.push({ value: item, depth: depth + 1 });
      }
    }
  }
  return { ok: true, value: dirty ? clean(value) : value };
}

// Recursive, but only ever called on values whose depth was bounded above.
function clean(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [storableText(key), clean(item)]));
  return value;
}
