// Decompression bombs, built in the test so nothing hostile is committed and sizes are
// parameters: a DOCX whose word/document.xml inflates to hundreds of MB, a PDF whose content
// stream does the same behind FlateDecode (optionally hidden behind ASCIIHexDecode too, so only
// the memory limit can stop it), and a PDF with thousands of pages. Everything streams through
// zlib chunk by chunk: building the bomb never holds the inflated bytes in memory.
import { crc32, deflateRawSync, deflateSync, constants as zlibConstants, createDeflate, createDeflateRaw } from 'node:zlib';

const MB = 1024 * 1024;

/** Compresses `repeat` copies of `chunk` (raw deflate for zip, zlib-wrapped for PDF) without materialising them. */
async function deflateRepeated(chunk: Buffer, repeat: number, options: { raw: boolean; head?: Buffer; tail?: Buffer }): Promise<{ compressed: Buffer; crc: number; size: number }> {
  const deflate = options.raw ? createDeflateRaw({ level: 9 }) : createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (data: Buffer) => out.push(data));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  const write = async (data: Buffer) => {
    crc = crc32(data, crc);
    size += data.length;
    if (!deflate.write(data)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  if (options.head) await write(options.head);
  // Written in ~1 MB blocks: millions of tiny writes would spend minutes in stream overhead.
  const perBlock = Math.max(1, Math.floor(MB / chunk.length));
  const block = Buffer.concat(Array.from({ length: perBlock }, () => chunk));
  for (let left = repeat; left > 0; left -= perBlock) await write(left >= perBlock ? block : block.subarray(0, left * chunk.length));
  if (options.tail) await write(options.tail);
  deflate.end();
  await done;
  return { compressed: Buffer.concat(out), crc: crc >>> 0, size };
}

type ZipEntry = { name: string; method: 'store' | 'deflate'; data: Buffer; crc: number; size: number; declaredSize?: number };

export function zipEntry(name: string, content: string | Buffer): ZipEntry {
  const data = Buffer.from(content);
  return { name, method: 'deflate', data: deflateRawSync(data), crc: crc32(data) >>> 0, size: data.length };
}

/** Little-endian fields of 2 or 4 bytes, in order: how every zip header is laid out. */
const fields = (...values: [bytes: 2 | 4, value: number][]) => {
  const out = Buffer.alloc(values.reduce((sum, [bytes]) => sum + bytes, 0));
  let at = 0;
  for (const [bytes, value] of values) at = bytes === 2 ? out.writeUInt16LE(value, at) : out.writeUInt32LE(value, at);
  return out;
};

/** A plain (non-zip64) archive; `declaredSize` lets an entry lie about its inflated size. */
export function writeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const method = entry.method === 'deflate' ? 8 : 0;
    // version needed, flags, method, DOS time+date, CRC-32, compressed size, declared size, name length
    const common: [2 | 4, number][] = [[2, 20], [2, 0], [2, method], [4, 0], [4, entry.crc], [4, entry.data.length], [4, entry.declaredSize ?? entry.size], [2, name.length]];
    const local = fields([4, 0x04034b50], ...common, [2, 0]);
    // …then extra and comment lengths, disk, internal and external attributes, local header offset.
    const central = fields([4, 0x02014b50], [2, 20], ...common, [2, 0], [2, 0], [2, 0], [2, 0], [4, 0], [4, offset]);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = fields([4, 0x06054b50], [2, 0], [2, 0], [2, entries.length], [2, entries.length], [4, directory.length], [4, offset], [2, 0]);
  return Buffer.concat([...locals, directory, end]);
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const rootRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/**
 * A DOCX whose word/document.xml is `inflatedMb` MB of real paragraphs (so a parser that reads
 * it all builds a huge DOM). `lieAboutSize` declares it as 1 KB in the zip headers, as an
 * attacker would to slip past a check of the declared sizes alone.
 */
export async function makeDocxBomb(options: { inflatedMb: number; lieAboutSize?: boolean; salt?: string }): Promise<Buffer> {
  // Tiny paragraphs: millions of XML nodes, which is what makes a parser's DOM explode.
  const paragraph = Buffer.from('<w:p><w:r><w:t>Refunds</w:t></w:r></w:p>');
  const repeat = Math.ceil((options.inflatedMb * MB) / paragraph.length);
  const { compressed, crc, size } = await deflateRepeated(paragraph, repeat, {
    raw: true,
    head: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document ${w}><w:body>`),
    tail: Buffer.from('</w:body></w:document>'),
  });
  return writeZip([
    zipEntry('[Content_Types].xml', contentTypes),
    zipEntry('_rels/.rels', rootRels),
    { name: 'word/document.xml', method: 'deflate', data: compressed, crc, size, declaredSize: options.lieAboutSize ? 1024 : undefined },
    // Different bytes per salt: uploads of the same file twice are refused as duplicates.
    ...(options.salt ? [zipEntry('docProps/custom.xml', `<Properties>${options.salt}</Properties>`)] : []),
  ]);
}

/** A DOCX with `count` tiny entries (a zip with a huge central directory). */
export function makeDocxWithEntries(count: number): Buffer {
  const entries = [zipEntry('[Content_Types].xml', contentTypes), zipEntry('_rels/.rels', rootRels), zipEntry('word/document.xml', `<w:document ${w}><w:body><w:p><w:r><w:t>Hi</w:t></w:r></w:p></w:body></w:document>`)];
  for (let i = 0; i < count; i++) entries.push(zipEntry(`word/media/pad${i}.xml`, 'x'));
  return writeZip(entries);
}

export function writePdf(objects: string[], streams: Map<number, { dict: string; data: Buffer }>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  const push = (part: Buffer) => {
    parts.push(part);
    length += part.length;
  };
  objects.forEach((object, i) => {
    offsets.push(length);
    const stream = streams.get(i + 1);
    if (stream) {
      push(Buffer.from(`${i + 1} 0 obj\n<< ${stream.dict} /Length ${stream.data.length} >>\nstream\n`, 'latin1'));
      push(stream.data);
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    } else {
      push(Buffer.from(`${i + 1} 0 obj\n${object}\nendobj\n`, 'latin1'));
    }
  });
  const xrefAt = length;
  push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`, 'latin1'));
  push(Buffer.from(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/**
 * A one-page PDF whose content stream is `inflatedMb` MB of text-showing operators behind
 * FlateDecode. `hideBehindAsciiHex` wraps the compressed bytes in ASCIIHexDecode first, so a
 * scan for zlib streams does not see it and only the extractor's memory/time limits can stop it.
 */
export async function makePdfFlateBomb(options: { inflatedMb: number; hideBehindAsciiHex?: boolean }): Promise<Buffer> {
  const line = Buffer.from('BT /F1 12 Tf 72 720 Td (Refund policy applies to every order) Tj ET\n');
  const { compressed } = await deflateRepeated(line, Math.ceil((options.inflatedMb * MB) / line.length), { raw: false });
  const data = options.hideBehindAsciiHex ? Buffer.from(`${compressed.toString('hex')}>`, 'latin1') : compressed;
  const filter = options.hideBehindAsciiHex ? '/Filter [/ASCIIHexDecode /FlateDecode]' : '/Filter /FlateDecode';
  return writePdf(
    ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'],
    new Map([[4, { dict: filter, data }]]),
  );
}

/** `pages` pages sharing one small content stream: a few hundred KB that asks for `pages` page parses. */
export function makePdfWithPages(pages: number): Buffer {
  const content = deflateSync(Buffer.from('BT /F1 12 Tf 72 720 Td (Opening hours: 9 to 17) Tj ET'), { level: zlibConstants.Z_BEST_COMPRESSION });
  const kids = Array.from({ length: pages }, (_, i) => `${i + 6} 0 R`).join(' ');
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`, '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>', '<< /Font << /F1 4 0 R >> >>'];
  for (let i = 0; i < pages; i++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources 5 0 R >>');
  return writePdf(objects, new Map([[3, { dict: '/Filter /FlateDecode', data: content }]]));
}

/**
 * A DOCX whose extra XML parts each stay under the ratio check's 1 MB grace (small parts of
 * styles or relationships are legitimately very repetitive) but together inflate to `count` MB.
 */
export function makeDocxWithManyParts(count: number): Buffer {
  const part = Buffer.alloc(1_000_000, ' ');
  part.write('<?xml version="1.0"?><x>');
  part.write('</x>', part.length - 4);
  const entries = [zipEntry('[Content_Types].xml', contentTypes), zipEntry('_rels/.rels', rootRels), zipEntry('word/document.xml', `<w:document ${w}><w:body><w:p><w:r><w:t>Hi</w:t></w:r></w:p></w:body></w:document>`)];
  for (let i = 0; i < count; i++) entries.push(zipEntry(`word/glossary/part${i}.xml`, part));
  return writeZip(entries);
}
