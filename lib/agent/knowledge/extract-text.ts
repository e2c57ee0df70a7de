// A knowledge file's bytes → its text, ready for chunking. Every problem with the FILE is an
// AppError whose message is shown to the owner as the file's failure reason; anything else is
// an infrastructure problem the indexing job retries.
//
// This is the pure, in-process reader. The indexing job never calls it directly: it runs in the
// extraction child process (extract-in-child-process.ts) with memory and time limits on top of the
// content limits enforced here.
import { AppError } from '../../errors';
import { decodeUtf8Text, detectKnowledgeFormat, notUtf8Message } from './detect-knowledge-format';
import { extractCsvRecords } from './extract-csv-records';
import { extractDocxText } from './extract-docx-text';
import { extractPdfText } from './extract-pdf-text';
import { defaultContentLimits, KnowledgeLimitError, limitMessages, type ExtractionLimits } from './extraction-limits';
import type { KnowledgeFormat } from './knowledge-formats';

export type ExtractedKnowledge =
  | { format: Exclude<KnowledgeFormat, 'csv'>; kind: 'text'; text: string; charCount: number }
  | { format: 'csv'; kind: 'records'; header: string[]; records: string[]; charCount: number };

export const scannedPdfMessage = 'No text found — scanned PDFs need OCR, which Relaydesk does not do. Upload a PDF with selectable text, or paste the text into a .txt file.';

export type ContentLimits = Omit<ExtractionLimits, 'memoryMb' | 'timeoutMs'>;

export async function extractKnowledgeText(options: { fileName: string; bytes: Uint8Array; limits?: ContentLimits }): Promise<ExtractedKnowledge> {
  const limits = options.limits ?? defaultContentLimits;
  const format = detectKnowledgeFormat(options);
  const extracted = await extractByFormat(format, options.bytes, limits);
  if (extracted.charCount === 0) throw new AppError('bad_request', format === 'pdf' ? scannedPdfMessage : 'No text found in this file.');
  if (extracted.charCount > limits.maxChars) throw new KnowledgeLimitError('characters', limitMessages.characters(limits.maxChars, extracted.charCount));
  return extracted;
}

async function extractByFormat(format: KnowledgeFormat, bytes: Uint8Array, limits: ContentLimits): Promise<ExtractedKnowledge> {
  if (format === 'pdf') return textResult(format, await extractPdfText(bytes, limits));
  if (format === 'docx') return textResult(format, await extractDocxText(bytes, limits));
  const text = decodeUtf8Text(bytes);
  if (text === null) throw new AppError('bad_request', notUtf8Message);
  if (format === 'csv') {
    const { header, records } = extractCsvRecords(text);
    return { format, kind: 'records', header, records, charCount: records.reduce((sum, r) => sum + r.length, 0) };
  }
  return textResult(format, text);
}

function textResult(format: Exclude<KnowledgeFormat, 'csv'>, raw: string): ExtractedKnowledge {
  // Normalise line endings and drop control characters (form feeds from PDFs, stray NULs)
  // that would otherwise end up in passages shown to customers.
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').trim();
  return { format, kind: 'text', text, charCount: text.replace(/\s+/g, '').length === 0 ? 0 : text.length };
}
