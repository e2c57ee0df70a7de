// Reads a multipart knowledge upload with a running byte cap: a lying or missing
// Content-Length cannot make the server buffer more than the limit (plus the multipart framing).
import { AppError } from '../../errors';
import { knowledgeTooLarge } from './upload-knowledge-file';

/** Boundaries, part headers and the file name: generous, still tiny next to the file. */
const multipartOverheadBytes = 64 * 1024;

export async function readKnowledgeUpload(options: { request: Request; maxBytes: number }): Promise<{ fileName: string; bytes: Uint8Array }> {
  const { request, maxBytes } = options;
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) throw new AppError('bad_request', 'Send the file as multipart/form-data in a field named "file".');
  const cap = maxBytes + multipartOverheadBytes;
  const declared = request.headers.get('content-length');
  if (declared && /^\d+$/.test(declared) && Number(declared) > cap) throw knowledgeTooLarge(maxBytes);
  if (!request.body) throw new AppError('bad_request', 'The file is empty.');

  const parts: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel().catch(() => {});
      throw knowledgeTooLarge(maxBytes);
    }
    parts.push(value);
  }

  let form: FormData;
  try {
    form = await new Response(Buffer.concat(parts), { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new AppError('bad_request', 'The upload was incomplete or malformed. Please try again.');
  }
  const file = form.get('file');
  if (!(file instanceof File)) throw new AppError('bad_request', 'Choose a file to upload.');
  if (file.size > maxBytes) throw knowledgeTooLarge(maxBytes);
  if (file.size === 0) throw new AppError('bad_request', 'The file is empty.');
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
