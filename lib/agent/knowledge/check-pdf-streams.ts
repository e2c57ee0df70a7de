// Measures what a PDF's FlateDecode streams inflate to before pdf.js decodes any of them:
// pdf.js inflates a stream whole, with no cap, so a few hundred KB can become a 300 MB content
// stream. Each stream is inflated here with zlib's maxOutputLength (the output buffer never grows
// past the limit) and thrown away; only the sizes count.
//
// Best effort by design: it finds streams by the `stream`/`endstream` keywords and zlib headers,
// skips image XObjects (text extraction never decodes them, and scans legitimately inflate to tens
// of MB), and cannot see streams hidden behind another filter first (ASCIIHex, LZW, …) or inside
// encrypted files. Those are stopped by the extraction process's memory and time limits instead;
// this check makes the common bomb cheap to refuse and gives it a precise reason. No ratio test
// here: very regular but legitimate content (ruled tables, repeated vector shapes) compresses far
// better than prose, and the size caps already bound what a stream can cost.
import { constants, inflateSync } from 'node:zlib';
import { KnowledgeLimitError, limitMessages, type ExtractionLimits } from './extraction-limits';

export type PdfStreamLimits = Pick<ExtractionLimits, 'maxPdfStreamBytes' | 'maxPdfInflatedBytes'>;

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
const isZlibHeader = (cmf: number | undefined, flg: number | undefined) => cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;

export function checkPdfStreams(bytes: Uint8Array, limits: PdfStreamLimits): void {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (let at = pdf.indexOf(STREAM); at !== -1; at = pdf.indexOf(STREAM, at + STREAM.length)) {
    if (at >= 3 && pdf.toString('latin1', at - 3, at) === 'end') continue;
    // The keyword is followed by CRLF or LF (a lone CR is tolerated, as pdf.js does); anything
    // else is the word inside some other token.
    let start = at + STREAM.length;
    if (pdf[start] === 0x0d && pdf[start + 1] === 0x0a) start += 2;
    else if (pdf[start] === 0x0a || pdf[start] === 0x0d) start += 1;
    else continue;
    if (!isZlibHeader(pdf[start], pdf[start + 1])) continue;
    if (isImageStream(pdf, at)) continue;
    const endAt = pdf.indexOf(END_STREAM, start);
    const data = pdf.subarray(start, endAt === -1 ? pdf.length : endAt);
    const remaining = limits.maxPdfInflatedBytes - total;
    const cap = Math.min(limits.maxPdfStreamBytes, remaining);
    const inflated = inflatedSize(data, cap);
    if (inflated === 'too_large') {
      throw new KnowledgeLimitError('inflated_size', cap === remaining ? limitMessages.inflatedSize(limits.maxPdfInflatedBytes) : limitMessages.pdfStream(limits.maxPdfStreamBytes));
    }
    total += inflated;
    at = endAt === -1 ? pdf.length : endAt;
  }
}

/** The dictionary right before the `stream` keyword says whether this is an image XObject. */
function isImageStream(pdf: Buffer, streamAt: number): boolean {
  const window = pdf.toString('latin1', Math.max(0, streamAt - 2048), streamAt);
  const objectStart = window.lastIndexOf(' obj');
  const dictionary = objectStart === -1 ? window : window.slice(objectStart);
  return /\/Subtype\s*\/Image\b/.test(dictionary);
}

function inflatedSize(data: Buffer, limit: number): number | 'too_large' {
  try {
    // Z_SYNC_FLUSH: a truncated or slightly damaged stream still counts what it yields; pdf.js is
    // just as lenient, so it would decode those bytes too.
    return inflateSync(data, { maxOutputLength: Math.max(limit, 1), finishFlush: constants.Z_SYNC_FLUSH }).length;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'too_large';
    return 0; // not really zlib data, or corrupt: pdf.js will fail on it (or skip it) without inflating much
  }
}
