// Operators type "text matches" patterns, and a pattern like (a+)+$ can make V8's backtracking
// engine run for minutes on one customer message (ReDoS) — inside a shared worker. We accept an
// RE2-like subset instead: no backreferences, no lookaround, and no quantified group that itself
// contains a quantifier or an alternation (the shapes that backtrack exponentially). Together with
// a length cap on the pattern and on the text it runs against, matching stays linear in practice.

export const REGEX_PATTERN_MAX = 200;
/** Only this much of a message is matched; long messages cannot amplify a slow pattern. */
export const REGEX_TEXT_MAX = 4000;

/** Why the pattern is refused, or null when it is safe. */
export function unsafeRegexReason(pattern: string): string | null {
  if (!pattern) return 'Write a pattern.';
  if (pattern.length > REGEX_PATTERN_MAX) return `Patterns are limited to ${REGEX_PATTERN_MAX} characters.`;
  try {
    new RegExp(pattern, 'iu');
  } catch {
    return 'This is not a valid regular expression.';
  }
  if (/\\[1-9]|\\k</.test(pattern)) return 'Backreferences are not allowed (they can make matching very slow).';
  if (/\(\?<?[=!]/.test(pattern)) return 'Lookahead and lookbehind are not allowed.';
  // Walk the pattern, tracking for each open group whether it contains a quantifier or `|`.
  const stack: { risky: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      // An escaped atom followed by a quantifier (\d+) is a quantifier inside the current group.
      i++;
      if (isQuantifier(pattern, i + 1) && stack.length) stack[stack.length - 1]!.risky = true;
      continue;
    }
    if (inClass) { if (ch === ']') inClass = false; continue; }
    if (ch === '[') { inClass = true; continue; }
    if (ch === '(') {
      stack.push({ risky: false });
      // Group modifiers (?: and (?<name> are not quantifiers.
      if (pattern[i + 1] === '?') i += pattern[i + 2] === '<' ? pattern.indexOf('>', i) - i : 2;
      continue;
    }
    if (ch === '|') { if (stack.length) stack[stack.length - 1]!.risky = true; continue; }
    if (ch === ')') {
      const group = stack.pop();
      if (group?.risky && isRepetition(pattern, i + 1)) return 'Nested repetition such as (a+)+ or (a|b)* is not allowed (it can make matching very slow).';
      // A group with a quantifier inside makes its parent risky too.
      if (group?.risky && stack.length) stack[stack.length - 1]!.risky = true;
      continue;
    }
    if (isQuantifier(pattern, i) && stack.length) stack[stack.length - 1]!.risky = true;
  }
  return null;
}

/** A quantifier that can repeat (an optional `?` cannot backtrack exponentially). */
function isRepetition(pattern: string, index: number): boolean {
  return isQuantifier(pattern, index) && pattern[index] !== '?';
}

function isQuantifier(pattern: string, index: number): boolean {
  const ch = pattern[index];
  return ch === '*' || ch === '+' || ch === '?' || (ch === '{' && /^\{\d+(,\d*)?\}/.test(pattern.slice(index)));
}

/** Case-insensitive match of a pattern that passed `unsafeRegexReason`. */
export function safeRegexTest(pattern: string, text: string): boolean {
  if (unsafeRegexReason(pattern)) return false;
  return new RegExp(pattern, 'iu').test(text.slice(0, REGEX_TEXT_MAX));
}
