import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';

type Tx = Pick<Prisma.TransactionClient, 'membership' | 'notificationOutbox'>;

/** Outbox rows for mentioned members who want mention alerts; never the author. */
export async function queueMentionAlerts(
  options: { workspaceId: string; conversationId: string; noteId: string; authorId: string; authorName: string; mentionedIds: string[]; body: string },
  client: Tx = db,
): Promise<number> {
  const recipients = options.mentionedIds.filter((id) => id !== options.authorId);
  if (!recipients.length) return 0;
  const opted = await client.membership.findMany({
    where: { workspaceId: options.workspaceId, userId: { in: recipients }, notifyMentions: true },
    select: { userId: true },
  });
  if (!opted.length) return 0;
  const summary = `${options.authorName}: ${excerpt(options.body)}`;
  const result = await client.notificationOutbox.createMany({
    data: opted.map((m) => ({ workspaceId: options.workspaceId, userId: m.userId, kind: 'mention', conversationId: options.conversationId, noteId: options.noteId, summary })),
  });
  return result.count;
}

export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
