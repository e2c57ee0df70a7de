// Opaque keyset cursor for "Load earlier" in a thread: the oldest shown message's (sentAt, id),
// JSON in base64url. Anything that does not decode is treated as "no cursor" (newest page).
import { z } from 'zod';

export type ThreadCursor = { sentAt: Date; id: string };

const payloadSchema = z.object({ t: z.iso.datetime(), i: z.uuid() });

export function encodeThreadCursor(cursor: ThreadCursor): string {
  return Buffer.from(JSON.stringify({ t: cursor.sentAt.toISOString(), i: cursor.id })).toString('base64url');
}

export function decodeThreadCursor(value: string | undefined | null): ThreadCursor | null {
  if (!value || value.length > 200 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? { sentAt: new Date(parsed.data.t), id: parsed.data.i } : null;
  } catch {
    return null;
  }
}
