// Which reader a file needs, decided by its extension AND its bytes: the name alone is a
// claim (a renamed PNG is not a PDF), and the bytes alone cannot tell CSV from Markdown.
import { AppError } from '../../errors';
import { knowledgeFormatInfo, knowledgeFormats, supportedFormatsSentence, type KnowledgeFormat } from './knowledge-formats';

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Formats we recognise only to refuse them with a precise message. */
const knownBinaries: { name: string; magic: number[] }[] = [
  { name: 'a PNG image', magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', magic: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', magic: ascii('GIF8') },
  { name: 'an old Word/Excel (.doc/.xls) file', magic: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'a RTF document', magic: ascii('{\\rtf') },
];

// pdf.js accepts a header anywhere in the first KB (some generators prepend junk), so do we.
const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
const isZip = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
// Zip entry names are stored uncompressed in the local headers and the central directory.
const isDocx = (bytes: Uint8Array) => isZip(bytes) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml');

export function fileExtension(fileName: string): string {
  const match = /\.([a-z0-9]{1,10})$/i.exec(fileName.trim());
  return match ? match[1]!.toLowerCase() : '';
}

function unsupported(fileName: string, what?: string): AppError {
  const ext = fileExtension(fileName);
  const described = what ?? (ext ? `.${ext} files` : 'this type of file');
  return new AppError('bad_request', `Relaydesk cannot read ${described}. Upload a ${supportedFormatsSentence} file.`);
}

/**
 * Valid UTF-8 without NUL bytes. A text file that fails this is binary or in a legacy encoding;
 * guessing the encoding would index mojibake, so the owner is asked to re-save it.
 */
export function decodeUtf8Text(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

export const notUtf8Message = 'This file is not plain UTF-8 text (it looks binary or uses another encoding). Save it as UTF-8 text and upload it again.';

/** The format to read the file as, or an AppError (400) an owner can act on. */
export function detectKnowledgeFormat(options: { fileName: string; bytes: Uint8Array }): KnowledgeFormat {
  const { fileName, bytes } = options;
  if (bytes.byteLength === 0) throw new AppError('bad_request', 'The file is empty.');
  const ext = fileExtension(fileName);
  const byExtension = knowledgeFormats.find((format) => knowledgeFormatInfo[format].extensions.includes(ext));
  const binary = knownBinaries.find((b) => startsWith(bytes, b.magic));

  if (byExtension === 'pdf' || (!byExtension && isPdf(bytes))) {
    if (!isPdf(bytes)) throw new AppError('bad_request', binary ? `This file is named .pdf but is ${binary.name}.` : 'The PDF could not be read (it may be damaged).');
    return 'pdf';
  }
  if (byExtension === 'docx' || (!byExtension && isDocx(bytes))) {
    if (!isDocx(bytes)) throw new AppError('bad_request', binary ? `This file is named .docx but is ${binary.name}.` : 'The Word document could not be read (it may be damaged, or it is not a .docx file).');
    return 'docx';
  }
  if (!byExtension) throw unsupported(fileName, binary ? `${binary.name}${ext ? ` (.${ext})` : ''}` : undefined);
  // csv, txt, md: the bytes must really be text.
  if (binary) throw new AppError('bad_request', `This file is named .${ext} but is ${binary.name}.`);
  if (isPdf(bytes) && bytes[0] === 0x25) throw new AppError('bad_request', `This file is named .${ext} but is a PDF. Rename it to .pdf and upload it again.`);
  if (isZip(bytes)) throw new AppError('bad_request', `This file is named .${ext} but is a zip archive (for example a Word or Excel file).`);
  if (decodeUtf8Text(bytes) === null) throw new AppError('bad_request', notUtf8Message);
  return byExtension;
}
