// DOCX → Markdown with mammoth, so Word headings become "# Heading" lines the chunker tracks.
// Mammoth would unzip the file itself (JSZip, no limits): instead it gets a file object backed by
// the parts readZipEntries inflated under the caps, so the archive is inflated once, bounded.
import mammoth from 'mammoth';
import { AppError } from '../../errors';
import { defaultContentLimits } from './extraction-limits';
import { readZipEntries, type ZipLimits } from './read-zip-entries';

// Mammoth accepts an opened docx as `{ file }` (lib/unzip.js openZip); convertToMarkdown exists
// too. Neither is in its type declarations.
type DocxFile = { exists(name: string): boolean; read(name: string, encoding?: string): Promise<string | Uint8Array> };
type MammothOptions = { convertImage?: unknown };
type MammothWithMarkdown = typeof mammoth & { convertToMarkdown(input: { file: DocxFile }, options?: MammothOptions): Promise<{ value: string }> };

const damaged = () => new AppError('bad_request', 'The Word document could not be read (it may be damaged, or it is not a .docx file).');

// Only the XML parts carry text; images, fonts and embedded objects are never inflated.
const isTextPart = (name: string) => /\.(xml|rels)$/i.test(name);

export async function extractDocxText(bytes: Uint8Array, limits: ZipLimits = defaultContentLimits): Promise<string> {
  const parts = await readZipEntries({ bytes, wanted: isTextPart, limits, damaged });
  const file: DocxFile = {
    exists: (name) => parts.has(name),
    async read(name, encoding) {
      const part = parts.get(name);
      if (!part) throw new Error(`missing part ${name}`);
      if (encoding === 'base64') return part.toString('base64');
      return encoding ? new TextDecoder(encoding).decode(part) : part;
    },
  };
  let markdown: string;
  try {
    ({ value: markdown } = await (mammoth as MammothWithMarkdown).convertToMarkdown(
      { file },
      // Images would be read and inlined as base64 data URIs: pure noise for search, and bytes we did not inflate.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    ));
  } catch {
    throw damaged();
  }
  return (
    markdown
      // Mammoth escapes Markdown punctuation ("1\. Item", "\_"); the index wants the plain words.
      .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
      // Images (emptied above).
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      // Keep link text, drop the target.
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      // Bold/italic markers around words.
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
  );
}
