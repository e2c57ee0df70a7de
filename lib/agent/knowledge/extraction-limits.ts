// Hard limits for reading a knowledge file. An owner's upload is at most KNOWLEDGE_MAX_BYTES,
// but a few hundred KB of DOCX or PDF can inflate to gigabytes (a 62 KB DOCX whose 20 MB of XML
// took 2.2 GB and 75 s to parse; a 356 KB PDF with a 100 MB content stream, 1.2 GB): the bytes
// are not the cost, what they expand to is. Every limit here is checked while reading, not after,
// and breaking one fails the file for good (KnowledgeLimitError → KnowledgeFile.limitBreach, never
// retried), because the same bytes would break it again.
//
// No env or server imports: the extraction child process (extraction-child.ts) loads this too.
import { AppError } from '../../errors';
import { maxKnowledgeChars } from './knowledge-formats';

export const knowledgeLimitKinds = ['inflated_size', 'zip_entries', 'compression_ratio', 'pdf_pages', 'characters', 'memory', 'time', 'interrupted'] as const;
export type KnowledgeLimitKind = (typeof knowledgeLimitKinds)[number];

export type ExtractionLimits = {
  /** Zip (DOCX): bytes all the XML parts we read may inflate to, together. */
  maxInflatedBytes: number;
  /** Zip (DOCX): entries in the central directory. */
  maxZipEntries: number;
  /** Zip (DOCX): inflated ÷ compressed beyond which a part is a bomb, not a document. */
  maxCompressionRatio: number;
  /** PDF: one FlateDecode stream (content, fonts, object streams) inflated. */
  maxPdfStreamBytes: number;
  /** PDF: every FlateDecode stream a text extraction may decode, together. */
  maxPdfInflatedBytes: number;
  maxPdfPages: number;
  /** Extracted text (the index's own limit, maxKnowledgeChars). */
  maxChars: number;
  /** The extraction process's resident memory; it is killed past this. */
  memoryMb: number;
  /** Wall time of one extraction; the process is killed past this. */
  timeoutMs: number;
};

const MB = 1024 * 1024;

/** Memory and time come from the environment (KNOWLEDGE_EXTRACTION_*); see extract-in-child-process.ts. */
export const defaultContentLimits: Omit<ExtractionLimits, 'memoryMb' | 'timeoutMs'> = {
  // Real DOCX text parts are a few MB even for long documents (a 300-page report ≈ 3 MB of XML).
  maxInflatedBytes: 32 * MB,
  maxZipEntries: 1000,
  // Apache POI's default for OOXML (ZipSecureFile, min inflate ratio 0.01): text-heavy XML
  // compresses 5–30 to 1; bombs are built at 300–1000 to 1.
  maxCompressionRatio: 100,
  maxPdfStreamBytes: 32 * MB,
  maxPdfInflatedBytes: 128 * MB,
  maxPdfPages: 1000,
  maxChars: maxKnowledgeChars,
};

/** Ratios are only judged past this size: a tiny, very repetitive part (styles, rels) is normal. */
export const ratioGraceBytes = MB;

/** pg-boss's expiry for index-knowledge-file. Extraction (timeout) plus waiting for a slot must fit well inside it. */
export const knowledgeJobTimeoutSeconds = 300;

/** A file problem that is a safety limit: the file is failed for good and never read again. */
export class KnowledgeLimitError extends AppError {
  constructor(
    readonly limit: KnowledgeLimitKind,
    message: string,
    /** Measured by the parent when it killed the extraction process (for logs and tests). */
    readonly peakRssBytes?: number,
  ) {
    super('bad_request', message, { limit });
    this.name = 'KnowledgeLimitError';
  }
}

export const isKnowledgeLimitError = (error: unknown): error is KnowledgeLimitError => error instanceof KnowledgeLimitError;

const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;
const stopped = 'It was not read, and will not be retried: upload a smaller or simpler file instead (for example split it, or save it as plain text).';

/** The owner-facing reason for each limit, shown as the file's error. */
export const limitMessages = {
  inflatedSize: (limitBytes: number) => `This file expands to more than ${mb(limitBytes)} when unpacked, which is the limit. ${stopped}`,
  sizeMismatch: () => `Part of this file expands to more than its own header declares, which is how decompression bombs hide. ${stopped}`,
  zipEntries: (count: number, limit: number) => `This file is an archive of ${count.toLocaleString('en')} parts; the limit is ${limit.toLocaleString('en')}. ${stopped}`,
  compressionRatio: (limit: number) => `Part of this file is compressed more than ${limit} to 1, which documents never are (it looks like a decompression bomb). ${stopped}`,
  pdfStream: (limitBytes: number) => `Part of this PDF expands to more than ${mb(limitBytes)} when decompressed, which is the limit. ${stopped}`,
  pdfPages: (pages: number, limit: number) => `This PDF has ${pages.toLocaleString('en')} pages; the limit is ${limit.toLocaleString('en')}. ${stopped}`,
  characters: (limit: number, count?: number) =>
    `This file has too much text (${count === undefined ? 'more than ' : ''}${(count ?? limit).toLocaleString('en')} characters; the limit is ${limit.toLocaleString('en')}). Split it into smaller files.`,
  memory: (limitMb: number) => `Reading this file needed more than ${limitMb} MB of memory, which is the limit, so it was stopped. ${stopped}`,
  time: (limitMs: number) => `Reading this file took longer than ${Math.round(limitMs / 1000)} seconds, which is the limit, so it was stopped. ${stopped}`,
  interrupted: () => `Reading this file was interrupted twice without finishing, so it was stopped for safety. ${stopped}`,
};
