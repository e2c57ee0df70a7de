// What a file's bytes say it is, for the types the media policy accepts. The Content-Type of an
// upload is the sender's claim: a browser derives it from the file name, and anyone scripting the
// endpoint picks it freely. Stored media is served back with that type (inline for images, audio
// and video) and sent to Meta with it, so the claim is checked against the bytes.
//
// Signatures only, no decoding: OOXML (docx/xlsx/pptx) is recognised by its zip signature plus the
// part names, which zip stores uncompressed — nothing is inflated here.

type Sniffer = (bytes: Buffer) => boolean;

const startsWith = (bytes: Buffer, signature: number[] | string, offset = 0) => {
  const expected = typeof signature === 'string' ? Buffer.from(signature, 'latin1') : Buffer.from(signature);
  return bytes.length >= offset + expected.length && bytes.subarray(offset, offset + expected.length).equals(expected);
};
const isoBmff: Sniffer = (b) => startsWith(b, 'ftyp', 4);
const cfb: Sniffer = (b) => startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ooxml = (folder: string): Sniffer => (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) && b.includes(`${folder}/`, 0, 'latin1');
const utf8Text: Sniffer = (b) => {
  if (b.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
};

/** Per accepted MIME type: how its bytes start. Labels are for error messages. */
const signatures: Record<string, { label: string; sniff: Sniffer }> = {
  'image/jpeg': { label: 'a JPEG image', sniff: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  'image/png': { label: 'a PNG image', sniff: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47]) },
  'image/gif': { label: 'a GIF image', sniff: (b) => startsWith(b, 'GIF87a') || startsWith(b, 'GIF89a') },
  'image/webp': { label: 'a WebP image', sniff: (b) => startsWith(b, 'RIFF') && startsWith(b, 'WEBP', 8) },
  // MP4, M4A and 3GP are all ISO base media files; the brand inside does not decide audio vs video reliably.
  'video/mp4': { label: 'an MP4 video', sniff: isoBmff },
  'video/3gpp': { label: 'a 3GP video', sniff: isoBmff },
  'audio/mp4': { label: 'an MP4 audio file', sniff: isoBmff },
  'audio/ogg': { label: 'an OGG audio file', sniff: (b) => startsWith(b, 'OggS') },
  // ID3 tag, or an MPEG audio frame sync (11 bits set) that is not AAC's ADTS (layer bits 00).
  'audio/mpeg': { label: 'an MP3 audio file', sniff: (b) => startsWith(b, 'ID3') || (b.length > 1 && b[0] === 0xff && (b[1]! & 0xe0) === 0xe0 && (b[1]! & 0x06) !== 0) },
  'audio/aac': { label: 'an AAC audio file', sniff: (b) => startsWith(b, 'ADIF') || (b.length > 1 && b[0] === 0xff && (b[1]! & 0xf6) === 0xf0) },
  'audio/amr': { label: 'an AMR audio file', sniff: (b) => startsWith(b, '#!AMR') },
  'application/pdf': { label: 'a PDF document', sniff: (b) => b.subarray(0, 1024).includes('%PDF-', 0, 'latin1') },
  'application/msword': { label: 'a Word document', sniff: cfb },
  'application/vnd.ms-excel': { label: 'an Excel workbook', sniff: cfb },
  'application/vnd.ms-powerpoint': { label: 'a PowerPoint presentation', sniff: cfb },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'a Word document', sniff: ooxml('word') },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { label: 'an Excel workbook', sniff: ooxml('xl') },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { label: 'a PowerPoint presentation', sniff: ooxml('ppt') },
};

// Recognisable formats we do not accept, so a refusal can say what the file really is.
const otherFormats: { label: string; sniff: Sniffer }[] = [
  { label: 'an HTML page', sniff: (b) => /^\s*(<!doctype html|<html|<head|<body|<script|<svg|<\?xml)/i.test(b.subarray(0, 512).toString('latin1')) },
  { label: 'a zip archive', sniff: (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) },
  { label: 'a program (executable)', sniff: (b) => startsWith(b, 'MZ') || startsWith(b, [0x7f, 0x45, 0x4c, 0x46]) },
  { label: 'a WebM file', sniff: (b) => startsWith(b, [0x1a, 0x45, 0xdf, 0xa3]) },
];

/** Whether the bytes are what `mimeType` (an accepted, base type) says. text/plain must be UTF-8 text that is not HTML. */
export function bytesMatchMediaType(mimeType: string, bytes: Buffer): boolean {
  if (mimeType === 'text/plain') return utf8Text(bytes) && !otherFormats[0]!.sniff(bytes) && !Object.values(signatures).some((s) => s.sniff(bytes));
  const signature = signatures[mimeType];
  return signature ? signature.sniff(bytes) : false;
}

/** A few words for what the bytes look like ("a PDF document"), or null when unrecognised. */
export function describeBytes(bytes: Buffer): string | null {
  for (const signature of Object.values(signatures)) if (signature.sniff(bytes)) return signature.label;
  for (const other of otherFormats) if (other.sniff(bytes)) return other.label;
  return utf8Text(bytes) ? 'plain text' : null;
}

export function mediaTypeLabel(mimeType: string): string {
  return mimeType === 'text/plain' ? 'a text file' : (signatures[mimeType]?.label ?? mimeType);
}
