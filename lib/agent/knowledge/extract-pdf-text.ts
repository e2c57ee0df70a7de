// PDF → text with unpdf (a serverless build of Mozilla's pdf.js: no native deps, no worker).
import { extractText, getDocumentProxy } from 'unpdf';
import { AppError } from '../../errors';

export const pdfPasswordMessage = 'The PDF is password-protected. Remove the password and upload it again.';
export const pdfDamagedMessage = 'The PDF could not be read (it may be damaged).';

/** One string per page, pages separated by blank lines so the chunker sees them as paragraphs. */
export async function extractPdfText(bytes: Uint8Array): Promise<string> {
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
    const { text } = await extractText(pdf, { mergePages: false });
    return text.map((page) => page.trim()).filter(Boolean).join('\n\n');
  } catch {
    throw new AppError('bad_request', pdfDamagedMessage);
  } finally {
    await pdf.loadingTask.destroy().catch(() => {});
  }
}
