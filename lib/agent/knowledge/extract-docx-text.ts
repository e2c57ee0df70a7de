// DOCX → Markdown with mammoth, so Word headings become "# Heading" lines the chunker tracks.
import mammoth from 'mammoth';
import { AppError } from '../../errors';

// convertToMarkdown exists in mammoth but is missing from its type declarations.
type MammothWithMarkdown = typeof mammoth & { convertToMarkdown(input: { buffer: Buffer }): Promise<{ value: string }> };

export async function extractDocxText(bytes: Uint8Array): Promise<string> {
  let markdown: string;
  try {
    ({ value: markdown } = await (mammoth as MammothWithMarkdown).convertToMarkdown({ buffer: Buffer.from(bytes) }));
  } catch {
    throw new AppError('bad_request', 'The Word document could not be read (it may be damaged, or it is not a .docx file).');
  }
  return (
    markdown
      // Mammoth escapes Markdown punctuation ("1\. Item", "\_"); the index wants the plain words.
      .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
      // Images are embedded as data URIs: pure noise for search.
      .replace(/!\[[^\]]*\]\(data:[^)]*\)/g, '')
      // Keep link text, drop the target.
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      // Bold/italic markers around words.
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
  );
}
