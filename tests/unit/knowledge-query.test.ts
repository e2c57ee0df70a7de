import { describe, expect, it } from 'vitest';
import { knowledgeQueryTerms, maxQueryTerms, toOrTsQuery } from '@/lib/agent/knowledge/knowledge-query';

describe('knowledge query terms', () => {
  it('keeps content words, drops punctuation, 1-character tokens and stop words in several languages', () => {
    expect(knowledgeQueryTerms('How much does shipping to Spain cost?')).toEqual(['much', 'shipping', 'spain', 'cost']);
    expect(knowledgeQueryTerms('¿Cuánto cuesta el envío a Canarias?')).toEqual(['cuánto', 'cuesta', 'envío', 'canarias']);
    expect(knowledgeQueryTerms('Quels sont vos horaires ? x y')).toEqual(['sont', 'horaires']);
    expect(knowledgeQueryTerms('what is the? a')).toEqual([]);
  });

  it('removes tsquery operators, deduplicates and caps the number of terms', () => {
    expect(knowledgeQueryTerms("refund' | !(:* & ); refund")).toEqual(['refund']);
    const many = Array.from({ length: 40 }, (_, i) => `term${i}`).join(' ');
    expect(knowledgeQueryTerms(many)).toHaveLength(maxQueryTerms);
  });

  it('builds an OR query with prefix matching for longer words', () => {
    expect(toOrTsQuery(['refund', 'eu', 'cost'])).toBe('refund:* | eu | cost:*');
  });
});
