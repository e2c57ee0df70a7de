import { describe, expect, it } from 'vitest';
import { detectKnowledgeFormat } from '@/lib/agent/knowledge/detect-knowledge-format';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const docxLike = bytes('PK\u0003\u0004....word/document.xml....');
const zip = bytes('PK\u0003\u0004....xl/workbook.xml....');

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a rejection');
}

describe('detectKnowledgeFormat', () => {
  it('accepts each supported type when the name and the bytes agree', () => {
    expect(detectKnowledgeFormat({ fileName: 'Guide.PDF', bytes: bytes('%PDF-1.4\n...') })).toBe('pdf');
    expect(detectKnowledgeFormat({ fileName: 'menu.docx', bytes: docxLike })).toBe('docx');
    expect(detectKnowledgeFormat({ fileName: 'prices.csv', bytes: bytes('name,price\nA,1') })).toBe('csv');
    expect(detectKnowledgeFormat({ fileName: 'faq.txt', bytes: new Uint8Array(Buffer.from('¿Envían a Canarias? Sí.')) })).toBe('txt');
    expect(detectKnowledgeFormat({ fileName: 'faq.markdown', bytes: bytes('# FAQ') })).toBe('md');
  });

  it('recognises PDFs and DOCX by content when the name has no known extension', () => {
    expect(detectKnowledgeFormat({ fileName: 'scan', bytes: bytes('%PDF-1.7') })).toBe('pdf');
    expect(detectKnowledgeFormat({ fileName: 'document.bin', bytes: docxLike })).toBe('docx');
  });

  it('refuses unsupported types with the list of supported ones', () => {
    expect(message(() => detectKnowledgeFormat({ fileName: 'logo.png', bytes: png }))).toMatch(/cannot read a PNG image \(\.png\).*PDF \(\.pdf\), Word \(\.docx\), CSV \(\.csv\), text \(\.txt\) or Markdown \(\.md\)/);
    expect(message(() => detectKnowledgeFormat({ fileName: 'sheet.xlsx', bytes: zip }))).toMatch(/cannot read \.xlsx files/);
  });

  it('refuses a file whose bytes contradict its name', () => {
    expect(message(() => detectKnowledgeFormat({ fileName: 'photo.pdf', bytes: png }))).toBe('This file is named .pdf but is a PNG image.');
    expect(message(() => detectKnowledgeFormat({ fileName: 'notes.txt', bytes: png }))).toBe('This file is named .txt but is a PNG image.');
    expect(message(() => detectKnowledgeFormat({ fileName: 'report.docx', bytes: zip }))).toMatch(/Word document could not be read/);
    expect(message(() => detectKnowledgeFormat({ fileName: 'notes.md', bytes: bytes('%PDF-1.4') }))).toMatch(/is a PDF/);
    expect(message(() => detectKnowledgeFormat({ fileName: 'garbage.pdf', bytes: bytes('hello') }))).toBe('The PDF could not be read (it may be damaged).');
  });

  it('refuses empty, binary and non-UTF-8 text files', () => {
    expect(message(() => detectKnowledgeFormat({ fileName: 'empty.txt', bytes: new Uint8Array() }))).toBe('The file is empty.');
    expect(message(() => detectKnowledgeFormat({ fileName: 'data.csv', bytes: new Uint8Array([0x61, 0x00, 0x62]) }))).toMatch(/not plain UTF-8/);
    expect(message(() => detectKnowledgeFormat({ fileName: 'latin1.txt', bytes: bytes('caf\u00e9') }))).toMatch(/not plain UTF-8/);
  });
});
