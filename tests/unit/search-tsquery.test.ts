// The inbox search box → to_tsquery text: prefix matching, websearch-style operators, and no
// way for typed text to become tsquery syntax.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchTsquery, MAX_SEARCH_TERMS } from '@/lib/inbox/search-tsquery';

describe('buildSearchTsquery', () => {
  it('matches every word as a prefix, all words required', () => {
    expect(buildSearchTsquery('sourdou')).toBe("'sourdou':*");
    expect(buildSearchTsquery('  Refund   paym ')).toBe("'Refund':* & 'paym':*");
  });

  it('keeps quoted phrases, OR groups and exclusions like websearch_to_tsquery', () => {
    expect(buildSearchTsquery('"not here"')).toBe("'not here':*");
    expect(buildSearchTsquery('human OR fix')).toBe("('human':* | 'fix':*)");
    expect(buildSearchTsquery('order late or lost')).toBe("'order':* & ('late':* | 'lost':*)");
    expect(buildSearchTsquery('refund -paypal')).toBe("'refund':* & !'paypal':*");
    expect(buildSearchTsquery('refund -"gift card"')).toBe("'refund':* & !'gift card':*");
    expect(buildSearchTsquery('"unterminated phrase')).toBe("'unterminated phrase':*");
  });

  it('leaves words with inner punctuation whole, for the text parser to split like the documents', () => {
    expect(buildSearchTsquery('e-mail joão@x.com 12.5')).toBe("'e-mail':* & 'joão@x.com':* & '12.5':*");
  });

  it('returns null when nothing can be searched: symbols, emoji, exclusions only', () => {
    for (const input of ['', '   ', '🍕', '-refund', '-a -b', 'OR', 'OR OR', '""', '"🍕"', '---', '!!!', "'''", '\u0000']) {
      expect(buildSearchTsquery(input), JSON.stringify(input)).toBeNull();
    }
    expect(buildSearchTsquery('reembolso 🍕')).toBe("'reembolso':*");
  });

  it('drops an exclusion inside an OR group, which would otherwise match nearly everything', () => {
    expect(buildSearchTsquery('refund OR -paypal')).toBe("'refund':*");
    expect(buildSearchTsquery('-paypal OR -stripe')).toBeNull();
  });

  it('turns tsquery syntax, quotes, backslashes and control characters into word breaks', () => {
    expect(buildSearchTsquery("a:*b & c|d !e (f) <-> g's \\h")).toBe("'a':* & 'b':* & 'c':* & 'd':* & 'e':* & 'f':* & 'g':* & 's':* & 'h':*");
    expect(buildSearchTsquery("x\u0000y\u202ez")).toBe("'x':* & 'y':* & 'z':*");
    expect(buildSearchTsquery("'; drop table \"Conversation\"; --")).toBe("'drop':* & 'table':* & 'Conversation':*");
  });

  it(`stops after ${MAX_SEARCH_TERMS} terms`, () => {
    const query = buildSearchTsquery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))!;
    expect(query.split(' & ')).toHaveLength(MAX_SEARCH_TERMS);
  });

  it('always produces well-formed operands, whatever the input', () => {
    // Every operand is a quoted run of characters that cannot end the quote or escape.
    const operand = String.raw`!?'[^'\\\u0000-\u001f]+':\*`;
    const grammar = new RegExp(`^(?:${operand}|\\(${operand}(?: \\| ${operand})+\\))(?: & (?:${operand}|\\(${operand}(?: \\| ${operand})+\\)))*$`, 'u');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom(...'ab "\'-:*&|!()<>\\OR\u0000é🍕'.split('')), maxLength: 60 })), (input) => {
        const query = buildSearchTsquery(input);
        if (query !== null) expect(query).toMatch(grammar);
      }),
      { numRuns: 2000 },
    );
  });
});
