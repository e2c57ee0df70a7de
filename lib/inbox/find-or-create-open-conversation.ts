import { db } from '../db';

/** `direct:<contactId>` or `comment:<contactId>:<postId>`; null once the conversation is closed. */
export function conversationOpenKey(contactId: string, postId?: string | null): string {
  return postId ? `comment:${contactId}:${postId}` : `direct:${contactId}`;
}

/**
 * The contact's open conversation (per post for comment threads), created if there is none.
 * Two workers can race to create it: the unique openKey makes one lose, and it re-reads.
 */
export async function findOrCreateOpenConversation(options: { workspaceId: string; channelId: string; contactId: string; post?: { id: string } | null; sentAt: Date }): Promise<{ id: string; created: boolean }> {
  const openKey = conversationOpenKey(options.contactId, options.post?.id);
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await db.conversation.findUnique({ where: { openKey }, select: { id: true } });
    if (existing) return { id: existing.id, created: false };
    try {
      const created = await db.conversation.create({
        data: {
          workspaceId: options.workspaceId,
          channelId: options.channelId,
          contactId: options.contactId,
          kind: options.post ? 'comment_thread' : 'direct',
          postId: options.post?.id ?? null,
          openKey,
          lastMessageAt: options.sentAt,
        },
        select: { id: true },
      });
      return { id: created.id, created: true };
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code !== 'P2002') throw error; // lost the race: read again
    }
  }
  throw new Error(`Could not find or create the open conversation ${openKey}`);
}
