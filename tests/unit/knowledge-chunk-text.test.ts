import { describe, expect, it } from 'vitest';
import { chunkRecords, chunkTargetChars, chunkText } from '@/lib/agent/knowledge/chunk-text';

const sentence = (i: number) => `Sentence number ${i} explains one more detail of the policy in plain words.`;

describe('chunkText', () => {
  it('keeps a short document in one passage and tracks Markdown headings', () => {
    const chunks = chunkText('Intro line.\n\n# Returns\n\nReturn within **30 days**.\n\n## Refunds ##\nRefunds take 5 days.\n');
    expect(chunks).toEqual([
      { heading: null, text: 'Intro line.' },
      { heading: 'Returns', text: 'Return within **30 days**.' },
      { heading: 'Refunds', text: 'Refunds take 5 days.' },
    ]);
  });

  it('splits long text into ~1,000-character passages on paragraph and sentence boundaries, with overlap', () => {
    const paragraphs = Array.from({ length: 12 }, (_, p) => Array.from({ length: 4 }, (_, s) => sentence(p * 4 + s)).join(' '));
    const chunks = chunkText(`# Policy\n\n${paragraphs.join('\n\n')}`);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      expect(chunk.heading).toBe('Policy');
      expect(chunk.text.length).toBeLessThanOrEqual(chunkTargetChars + 200);
      expect(chunk.text.trim()).not.toBe('');
      // Passages end on a sentence boundary (no cut words).
      expect(chunk.text).toMatch(/\.$/);
    }
    // Each passage after the first starts with the last sentence of the previous one.
    for (let i = 1; i < chunks.length; i++) {
      const previousLast = chunks[i - 1]!.text.split(/(?<=\.)\s+/).pop()!;
      expect(chunks[i]!.text.startsWith(previousLast)).toBe(true);
    }
    // Nothing is lost.
    for (let i = 0; i < 48; i++) expect(chunks.some((c) => c.text.includes(sentence(i)))).toBe(true);
  });

  it('splits one huge paragraph without sentence ends at spaces, and never emits empty passages', () => {
    const words = Array.from({ length: 800 }, (_, i) => `word${i}`).join(' ');
    const chunks = chunkText(`\n\n   \n${words}\n\n\n`);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.every((c) => c.text.trim().length > 0 && !/^\s|\s$/.test(c.text))).toBe(true);
    expect(chunks[chunks.length - 1]!.text).toContain('word799');
  });

  it('does not treat # inside a code fence as a heading, and keeps a trailing heading-only section', () => {
    const chunks = chunkText('# Setup\n\n```\n# not a heading\n```\n\n# Opening hours 9–17');
    expect(chunks.map((c) => c.heading)).toEqual(['Setup', 'Opening hours 9–17']);
    expect(chunks[0]!.text).toContain('# not a heading');
  });

  it('returns no passages for whitespace', () => {
    expect(chunkText('  \n\n\t\n')).toEqual([]);
  });
});

describe('chunkRecords', () => {
  it('groups whole rows into passages headed by the column names', () => {
    const records = Array.from({ length: 40 }, (_, i) => `Product: Shirt ${i}\nPrice: ${20 + i} €\nColour: blue`);
    const chunks = chunkRecords({ header: ['Product', 'Price', 'Colour'], records });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.heading === 'Product · Price · Colour')).toBe(true);
    const rows = chunks.flatMap((c) => c.text.split('\n\n'));
    expect(rows).toEqual(records); // no overlap, no row cut or repeated
  });
});
