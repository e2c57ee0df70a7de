// PDF → text with unpdf (a serverless build of Mozilla's pdf.js: no native deps, no worker).
// Bounded: FlateDecode streams are measured before pdf.js decodes them (check-pdf-streams.ts),
// the page count is checked before any page is read, and pages are read one at a time (unpdf's
// extractText reads them all at once) so the text limit stops the work as soon as it is passed.
import { getDocumentProxy } from 'unpdf';
import { AppError } from '../../errors';
import { checkPdfStreams } from './check-pdf-streams';
import { defaultContentLimits, KnowledgeLimitError, limitMessages, type ExtractionLimits } from './extraction-limits';

export const pdfPasswordMessage = 'The PDF is password-protected. Remove the password and upload it again.';
export const pdfDamagedMessage = 'The PDF could not be read (it may be damaged).';

export type PdfLimits = Pick<ExtractionLimits, 'maxPdfStreamBytes' | 'maxPdfInflatedBytes' | 'maxPdfPages' | 'maxChars'>;

/** One string per page, pages separated by blank lines so the chunker sees them as paragraphs. */
export async function extractPdfText(bytes: Uint8Array, limits: PdfLimits = defaultContentLimits): Promise<string> {
  checkPdfStreams(bytes, limits);
  // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy.
  const data = new Uint8Array(bytes);
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(data, { stopAtErrors: false });
  } catch (error) {
    // pdf.js signals encryption it cannot open (a user password) with a PasswordException.
    if (error && typeof error === 'object' && (error as { name?: string }).name === 'PasswordException') throw new AppError('bad_request', pdfPasswordMessage);
    throw new AppError('bad_request', pdfDamagedMessage);
  }
  try {
    if (pdf.numPages > limits.maxPdfPages) throw new KnowledgeLimitError('pdf_pages', limitMessages.pdfPages(pdf.numPages, limits.maxPdfPages));
    const pages: string[] = [];
    let chars = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const text = content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .trim();
      page.cleanup();
      chars += text.length;
      if (chars > limits.maxChars) throw new KnowledgeLimitError('characters', limitMessages.characters(limits.maxChars));
      if (text) pages.push(text);
    }
    return pages.join('\n\n');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('bad_request', pdfDamagedMessage);
  } finally {
    await pdf.loadingTask.destroy().catch(() => {});
  }
}
