import type { IncomingMessage } from 'node:http';
import { AppError } from '../errors';

/**
 * A plain HTML form post (`application/x-www-form-urlencoded`) read from a Node request, for
 * public pages that take forms without JavaScript. Repeated fields keep their first value.
 */
export async function readFormBody(req: IncomingMessage, maxBytes = 16 * 1024): Promise<Record<string, string>> {
  const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') throw new AppError('bad_request', 'Send the form from the page.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes) throw new AppError('payload_too_large', 'The form is too large.');
    chunks.push(buffer);
  }
  const fields: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) fields[key] ??= value;
  return fields;
}
