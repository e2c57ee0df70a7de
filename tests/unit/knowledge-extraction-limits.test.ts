// The content limits inside the extraction process, on small inputs with small limits: which PDF
// streams count (image XObjects do not: text extraction never decodes them), per-stream and total
// caps, and which zip entries are inflated at all (only XML parts; a bomb in an image is never
// touched) — plus the first of two entries with the same name wins, whichever a parser prefers.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkPdfStreams } from '@/lib/agent/knowledge/check-pdf-streams';
import { KnowledgeLimitError } from '@/lib/agent/knowledge/extraction-limits';
import { readZipEntries } from '@/lib/agent/knowledge/read-zip-entries';
import { AppError } from '@/lib/errors';
import { writePdf, writeZip, zipEntry } from '../support/bomb-fixtures';

const KB = 1024;
const zeros = (bytes: number) => deflateSync(Buffer.alloc(bytes));
const pdfWith = (streams: { dict: string; data: Buffer }[]) =>
  writePdf(['<< /Type /Catalog >>', ...streams.map(() => '')], new Map(streams.map((stream, i) => [i + 2, stream])));
const limits = { maxPdfStreamBytes: 100 * KB, maxPdfInflatedBytes: 250 * KB };

describe('checkPdfStreams', () => {
  it('accepts streams under the caps and ignores image XObjects of any size', () => {
    expect(() => checkPdfStreams(pdfWith([{ dict: '/Filter /FlateDecode', data: zeros(90 * KB) }, { dict: '/Type /XObject /Subtype /Image /Width 9000 /Filter /FlateDecode', data: zeros(5000 * KB) }]), limits)).not.toThrow();
  });

  it('refuses one stream past the per-stream cap', () => {
    expect(() => checkPdfStreams(pdfWith([{ dict: '/Filter /FlateDecode', data: zeros(101 * KB) }]), limits)).toThrow(KnowledgeLimitError);
    expect(() => checkPdfStreams(pdfWith([{ dict: '/Filter /FlateDecode', data: zeros(101 * KB) }]), limits)).toThrow(/Part of this PDF expands to more than 0 MB/);
  });

  it('refuses streams that pass the total cap together', () => {
    const three = pdfWith([0, 1, 2].map(() => ({ dict: '/Filter /FlateDecode', data: zeros(90 * KB) })));
    expect(() => checkPdfStreams(three, limits)).toThrow(/This file expands to more than 0 MB when unpacked/);
  });

  it('skips data that only looks like a stream, and corrupt zlib data', () => {
    const corrupt = Buffer.concat([Buffer.from([0x78, 0x9c]), Buffer.alloc(64, 0xff)]);
    expect(() => checkPdfStreams(Buffer.from('%PDF-1.4\n(the word stream in text) endstream\n'), limits)).not.toThrow();
    expect(() => checkPdfStreams(pdfWith([{ dict: '/Filter /FlateDecode', data: corrupt }]), limits)).not.toThrow();
  });
});

describe('readZipEntries', () => {
  const zipLimits = { maxInflatedBytes: 64 * KB, maxZipEntries: 10, maxCompressionRatio: 100 };
  const damaged = () => new AppError('bad_request', 'damaged');

  it('inflates only the wanted entries: a bomb in an image is never read', async () => {
    const zip = writeZip([zipEntry('word/document.xml', '<doc/>'), zipEntry('word/media/image1.png', Buffer.alloc(50 * 1024 * 1024))]);
    const parts = await readZipEntries({ bytes: zip, wanted: (name) => name.endsWith('.xml'), limits: zipLimits, damaged });
    expect([...parts.keys()]).toEqual(['word/document.xml']);
  });

  it('keeps the first of two entries with the same name', async () => {
    const zip = writeZip([zipEntry('word/document.xml', '<first/>'), zipEntry('word/document.xml', '<second/>')]);
    const parts = await readZipEntries({ bytes: zip, wanted: () => true, limits: zipLimits, damaged });
    expect(parts.get('word/document.xml')?.toString()).toBe('<first/>');
  });

  it('refuses too many entries, and reports a non-zip as damaged', async () => {
    const many = writeZip(Array.from({ length: 11 }, (_, i) => zipEntry(`p${i}.xml`, 'x')));
    await expect(readZipEntries({ bytes: many, wanted: () => true, limits: zipLimits, damaged })).rejects.toMatchObject({ limit: 'zip_entries' });
    await expect(readZipEntries({ bytes: Buffer.from('PK\u0003\u0004 not really'), wanted: () => true, limits: zipLimits, damaged })).rejects.toMatchObject({ message: 'damaged' });
  });
});
