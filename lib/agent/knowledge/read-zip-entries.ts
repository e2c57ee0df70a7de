// Reads the parts of a zip archive (DOCX) that a parser needs, under hard limits, before any
// parser sees them. Parsers that unzip for themselves (mammoth → JSZip) inflate whatever the
// archive says, all at once; here every entry is streamed through yauzl with a running byte
// count, and the archive is refused as soon as it has too many entries, an entry is compressed
// implausibly well, or the parts together pass the byte cap — whatever the headers claim
// (yauzl also fails an entry that inflates past its declared size). The caller then hands the
// parser these bytes only, so there is no second, unbounded inflation of the same archive.
import yauzl from 'yauzl';
import { AppError } from '../../errors';
import { KnowledgeLimitError, limitMessages, ratioGraceBytes, type ExtractionLimits } from './extraction-limits';

export type ZipLimits = Pick<ExtractionLimits, 'maxInflatedBytes' | 'maxZipEntries' | 'maxCompressionRatio'>;

export async function readZipEntries(options: { bytes: Uint8Array; wanted: (name: string) => boolean; limits: ZipLimits; damaged: () => AppError }): Promise<Map<string, Buffer>> {
  const { limits } = options;
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(options.bytes.buffer, options.bytes.byteOffset, options.bytes.byteLength), { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch {
    throw options.damaged();
  }
  try {
    // The central directory states the count up front: refuse before reading a single entry.
    if (zip.entryCount > limits.maxZipEntries) throw new KnowledgeLimitError('zip_entries', limitMessages.zipEntries(zip.entryCount, limits.maxZipEntries));
    const parts = new Map<string, Buffer>();
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/') || !options.wanted(entry.fileName)) continue;
      // Declared sizes first (cheap), then the real bytes as they inflate (headers can lie).
      checkRatio(entry.uncompressedSize, entry.compressedSize, limits);
      if (total + entry.uncompressedSize > limits.maxInflatedBytes) throw new KnowledgeLimitError('inflated_size', limitMessages.inflatedSize(limits.maxInflatedBytes));
      const chunks: Buffer[] = [];
      let size = 0;
      const stream = await zip.openReadStreamPromise(entry);
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          size += chunk.length;
          total += chunk.length;
          if (total > limits.maxInflatedBytes) throw new KnowledgeLimitError('inflated_size', limitMessages.inflatedSize(limits.maxInflatedBytes));
          checkRatio(size, entry.compressedSize, limits);
          chunks.push(chunk);
        }
      } finally {
        stream.destroy();
      }
      // A later duplicate name must not replace what was checked first (parsers differ on which wins).
      if (!parts.has(entry.fileName)) parts.set(entry.fileName, Buffer.concat(chunks, size));
    }
    return parts;
  } catch (error) {
    if (error instanceof AppError) throw error;
    // validateEntrySizes: an entry inflating past the size its headers declare is how bombs slip
    // past checks of the declared sizes — a limit breach, not mere damage.
    if (error instanceof Error && error.message.startsWith('too many bytes in the stream')) throw new KnowledgeLimitError('inflated_size', limitMessages.sizeMismatch());
    // yauzl: bad signatures, CRC or size mismatches, truncated data, unsupported methods.
    throw options.damaged();
  } finally {
    zip.close();
  }
}

function checkRatio(inflated: number, compressed: number, limits: ZipLimits): void {
  if (inflated > ratioGraceBytes && inflated / Math.max(compressed, 1) > limits.maxCompressionRatio) {
    throw new KnowledgeLimitError('compression_ratio', limitMessages.compressionRatio(limits.maxCompressionRatio));
  }
}
