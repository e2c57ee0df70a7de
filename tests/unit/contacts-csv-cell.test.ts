import { describe, expect, it } from 'vitest';
import { csvLine, escapeCsvCell, unescapeCsvCell } from '@/lib/contacts/csv/csv-cell';
import { parseAttributeValue } from '@/lib/contacts/attributes/contact-attribute.schema';

describe('CSV cells', () => {
  it('prefixes formula starters with an apostrophe (CSV injection)', () => {
    for (const value of ['=1+1', '+447700900123', '-2', '@SUM(A1)', '\tx', '\r=1']) expect(escapeCsvCell(value).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(escapeCsvCell('=HYPERLINK("https://evil.example","Click")')).toBe(`"'=HYPERLINK(""https://evil.example"",""Click"")"`);
    expect(escapeCsvCell('Ana')).toBe('Ana');
    expect(escapeCsvCell('a=b')).toBe('a=b');
  });

  it('quotes commas, quotes, newlines and edge spaces; writes CRLF lines', () => {
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines', ' pad', null, 3])).toBe('"a,b","say ""hi""","two\nlines"," pad",,3\r\n');
  });

  it('reads our own escape back', () => {
    expect(unescapeCsvCell("'+447700900123")).toBe('+447700900123');
    expect(unescapeCsvCell("'quoted")).toBe("'quoted");
  });
});

describe('attribute values', () => {
  const def = (type: 'text' | 'number' | 'date' | 'select') => ({ id: 'x', key: 'k', label: 'K', type, options: ['a', 'b'] });
  it('parses each type and refuses what does not fit', () => {
    expect(parseAttributeValue(def('number'), '1,200.5')).toEqual({ ok: true, value: 1200.5 });
    expect(parseAttributeValue(def('number'), '12abc')).toMatchObject({ ok: false });
    expect(parseAttributeValue(def('date'), '2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseAttributeValue(def('date'), '2023-02-29')).toMatchObject({ ok: false });
    expect(parseAttributeValue(def('select'), 'c')).toMatchObject({ ok: false });
    expect(parseAttributeValue(def('text'), '  ')).toEqual({ ok: true, value: undefined });
  });
});
