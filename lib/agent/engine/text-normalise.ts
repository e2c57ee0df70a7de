// Light text normalisation shared by language detection, retrieval, handoff rules and guardrails:
// lower case, accents stripped (so "Réservation" matches "reservation" and "für" matches "fur"),
// split on anything that is not a letter or digit. No dependency, deterministic.

/** Lower case without diacritics: "Müller Straße" → "muller strasse". */
export function normalise(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase();
}

/** Words of a text after normalisation ("Don't!" → ["don", "t"]). */
export function words(text: string): string[] {
  return normalise(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A crude plural stripper so "shirts" matches "shirt" and "offers" matches "offer". */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether `phrase` occurs in `text` on word boundaries, ignoring case and accents:
 * "refund" matches "Refund please" but not "refunded" or "prefund".
 */
export function containsPhrase(text: string, phrase: string): boolean {
  const needle = normalise(phrase).trim();
  if (!needle) return false;
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(needle).replace(/\s+/g, '\\s+')}(?=$|[^\\p{L}\\p{N}])`, 'u');
  return pattern.test(normalise(text));
}
