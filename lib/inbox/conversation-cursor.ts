// Opaque keyset cursor for the conversation list: the last row's sort key
// (needsHuman, lastMessageAt, id), JSON in base64url. The client never builds one; anything
// that does not decode to a well-formed key is treated as "no cursor" (first page).
import { z } from 'zod';

export type ConversationCursor = { needsHuman: boolean; lastMessageAt: Date; id: string };

const payloadSchema = z.object({ n: z.boolean(), t: z.iso.datetime(), i: z.uuid() });

export function encodeConversationCursor(cursor: ConversationCursor): string {
  return Buffer.from(JSON.stringify({ n: cursor.needsHuman, t: cursor.lastMessageAt.toISOString(), i: cursor.id })).toString('base64url');
}

export function decodeConversationCursor(value: string | undefined | null): ConversationCursor | null {
  if (!value || value.length > 300 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    if (!parsed.success) return null;
    return { needsHuman: parsed.data.n, lastMessageAt: new Date(parsed.data.t), id: parsed.data.i };
  } catch {
    return null;
  }
}
