// What an operator types into the inbox search box, turned into `to_tsquery` syntax that
// matches word prefixes ("sourdou" finds "sourdough"). Pure, so the rules are unit-tested.
//
// Supported, like websearch_to_tsquery: words (all must match), "quoted phrases", OR between
// terms, and -word to exclude. Every operand is emitted as a single-quoted to_tsquery operand
// built from sanitised text, so what the user typed is never tsquery syntax (and, being a bound
// parameter, never SQL): inside quotes to_tsquery runs the text through the same parser as the
// indexed documents, so "e-mail", "12.5" or "joão@x.com" tokenise exactly as the messages did.

/** More terms than this add nothing but GIN entries to scan; the rest are ignored. */
export const MAX_SEARCH_TERMS = 12;

type Operand = { text: string; negated: boolean };

// Characters with a meaning inside a quoted to_tsquery operand (quote, backslash) or outside it,
// and control characters (NUL cannot even be sent to Postgres as text). All become spaces.
const UNSAFE = /['\\:*&|!()<>\p{Cc}\p{Cf}]/gu;
const SEARCHABLE = /[\p{L}\p{N}]/u;

function clean(text: string): string {
  return text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
}

/** Splits the input into operands and OR markers, websearch-style. */
function tokenize(input: string): (Operand | 'OR')[] {
  const tokens: (Operand | 'OR')[] = [];
  const pattern = /(-?)"([^"]*)"?|(\S+)/gu;
  for (const match of input.normalize('NFC').matchAll(pattern)) {
    if (match[3] !== undefined) {
      const raw = match[3];
      if (/^or$/i.test(raw)) {
        tokens.push('OR');
        continue;
      }
      const negated = raw.startsWith('-') && raw.length > 1;
      // A bare word with inner punctuation stays one operand: the text parser decides how it splits.
      const text = clean(negated ? raw.slice(1) : raw);
      for (const word of text.split(' ')) if (SEARCHABLE.test(word)) tokens.push({ text: word, negated });
    } else {
      const text = clean(match[2] ?? '');
      if (SEARCHABLE.test(text)) tokens.push({ text, negated: match[1] === '-' });
    }
  }
  return tokens;
}

/**
 * The to_tsquery text for `input`, or null when nothing in it can be searched (only symbols,
 * emoji or exclusions): the caller then returns no rows rather than every row.
 */
export function buildSearchTsquery(input: string): string | null {
  // AND of OR-groups: "a b OR c" is a & (b | c), as in websearch_to_tsquery.
  const groups: Operand[][] = [];
  let joinNext = false;
  let terms = 0;
  for (const token of tokenize(input)) {
    if (token === 'OR') {
      joinNext = groups.length > 0;
      continue;
    }
    if (terms >= MAX_SEARCH_TERMS) break;
    terms += 1;
    const last = groups.at(-1);
    if (joinNext && last) last.push(token);
    else groups.push([token]);
    joinNext = false;
  }
  const rendered: string[] = [];
  for (const group of groups) {
    // An exclusion only narrows a search; inside an OR ("a OR -b") it would match nearly every
    // row and force a scan of the whole index, so it is dropped there.
    const operands = group.length > 1 ? group.filter((o) => !o.negated) : group;
    if (operands.length === 0) continue;
    const parts = operands.map((o) => `${o.negated ? '!' : ''}'${o.text}':*`);
    rendered.push(parts.length > 1 ? `(${parts.join(' | ')})` : parts[0]!);
  }
  // Exclusions alone would match (almost) everything: there must be something to find.
  if (!groups.some((g) => g.some((o) => !o.negated))) return null;
  return rendered.join(' & ');
}
