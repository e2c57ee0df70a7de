// Opaque keyset cursor for the contacts list: the sort it belongs to and the last row's key
// (a timestamp or a lower-cased name) plus its id, JSON in base64url. Anything that does not
// decode to a well-formed key for the current sort is treated as "first page".
import { z } from 'zod';
import type { contactSorts } from './contact.schema';

export type ContactSort = (typeof contactSorts)[number];
export type ContactCursor = { sort: ContactSort; key: string; id: string };

const payloadSchema = z.object({ s: z.enum(['last_seen', 'name', 'created']), k: z.string().max(300), i: z.uuid() });

export function encodeContactCursor(cursor: ContactCursor): string {
  return Buffer.from(JSON.stringify({ s: cursor.sort, k: cursor.key, i: cursor.id })).toString('base64url');
}

export function decodeContactCursor(value: string | undefined | null, sort: ContactSort): ContactCursor | null {
  if (!value || value.length > 400 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    if (!parsed.success || parsed.data.s !== sort) return null;
    if (sort !== 'name' && parsed.data.k !== '-infinity' && Number.isNaN(Date.parse(parsed.data.k))) return null;
    return { sort, key: parsed.data.k, id: parsed.data.i };
  } catch {
    return null;
  }
}
