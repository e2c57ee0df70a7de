import { AppError } from '../../errors';

/**
 * Reads a request body as bytes, refusing more than `maxBytes`: the declared Content-Length is
 * checked first, then bytes are counted while streaming (a chunked body has no length).
 */
export async function readBodyLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const tooLarge = (maxBytes: number) => new AppError('payload_too_large', `Webhook body is over the ${maxBytes}-byte limit`);

/**
 * The same for a Node request (Pages API routes with the body parser off). Past the limit the
 * rest is read and dropped, so the client gets its 413 instead of a reset connection mid-upload;
 * a sender that goes on past four times the limit is cut off.
 */
export async function readNodeBodyLimited(request: import('node:http').IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total <= maxBytes) chunks.push(chunk);
    else if (total > 4 * maxBytes) {
      request.destroy();
      break;
    }
  }
  if (total > maxBytes) throw tooLarge(maxBytes);
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}
