// Typing `/` at the start of a word in the composer opens the canned-response list; this finds
// that word around the caret, pure so it is unit-tested.

export type SlashQuery = { query: string; start: number; end: number };

/** The `/word` the caret is in, or null (`a/b` and URLs do not count: the slash must start a word). */
export function parseSlashQuery(text: string, caret: number): SlashQuery | null {
  let start = caret;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  if (text[start] !== '/') return null;
  const word = text.slice(start + 1, caret);
  if (!/^[a-z0-9-]*$/i.test(word)) return null;
  let end = caret;
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  return { query: word.toLowerCase(), start, end };
}

/** Replace the `/word` with the response body (plus a space so typing continues naturally). */
export function insertCannedResponse(text: string, slash: SlashQuery, body: string): { text: string; caret: number } {
  const next = `${text.slice(0, slash.start)}${body} ${text.slice(slash.end).replace(/^ /, '')}`;
  return { text: next, caret: slash.start + body.length + 1 };
}

/** Shortcut prefix matches first, then body matches. */
export function filterCannedResponses<T extends { shortcut: string; body: string }>(items: readonly T[], query: string, limit = 8): T[] {
  const q = query.toLowerCase();
  const prefix = items.filter((i) => i.shortcut.startsWith(q));
  const rest = q ? items.filter((i) => !i.shortcut.startsWith(q) && (i.shortcut.includes(q) || i.body.toLowerCase().includes(q))) : [];
  return [...prefix, ...rest].slice(0, limit);
}
