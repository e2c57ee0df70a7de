// Characters no text column can hold: Postgres rejects NUL (0x00) in text and "\u0000" in jsonb
// with an error, which surfaced as a 500 (issue 12: a NUL byte in the inbox search); a lone UTF-16
// surrogate (half an emoji) is not valid Unicode and is silently mangled into U+FFFD on the way
// in. Inputs are checked for both at the boundary: forms reject them with a field error
// (lib/actions/run-form.ts), query parameters drop them (e.g. the inbox search).

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorable = new RegExp(`\\u0000|${loneSurrogate.source}`);
const unstorableGlobal = new RegExp(unstorable.source, 'g');

export function hasUnstorableCharacters(value: string): boolean {
  return unstorable.test(value);
}

/** The text without NUL bytes and lone surrogates (for lenient inputs such as search boxes and URLs). */
export function withoutUnstorableCharacters(value: string): string {
  return value.replace(unstorableGlobal, '');
}

export const unstorableTextMessage = 'This contains characters that cannot be saved (a NUL byte or half of an emoji). Remove them and try again.';

/** Paths ("settings.faq.0.answer") of every string in `value` that holds unstorable characters. */
export function findUnstorableText(value: unknown, path: (string | number)[] = [], found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (hasUnstorableCharacters(value)) found.push(path.join('.') || '_form');
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => findUnstorableText(item, [...path, index], found));
  } else if (value && typeof value === 'object' && !(value instanceof Date) && !(value instanceof Blob)) {
    for (const [key, item] of Object.entries(value)) {
      if (hasUnstorableCharacters(key)) found.push([...path, key].join('.'));
      findUnstorableText(item, [...path, key], found);
    }
  }
  return found;
}
