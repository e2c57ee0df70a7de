import { getAgentSettings } from '../agent/agent-settings';
import { initialHandling } from '../agent/runtime/decide-agent-mode';
import { db } from '../db';
import { scopedDb } from '../workspaces/scoped-db';

/** `direct:<contactId>` or `comment:<contactId>:<postId>`; null once the conversation is closed. */
export function conversationOpenKey(contactId: string, postId?: string | null): string {
  return postId ? `comment:${contactId}:${postId}` : `direct:${contactId}`;
}

/**
 * The contact's open conversation (per post for comment threads), created if there is none.
 * Two workers can race to create it: the unique openKey makes one lose, and it re-reads.
 * A new conversation starts in its channel's agent mode (auto-send → ai_auto, else ai_draft):
 * decided here, once, because this is the only place conversations are born; later changes to
 * the settings never flip conversations an operator may already have switched.
 */
export async function findOrCreateOpenConversation(options: {
  workspaceId: string; channelId: string; contactId: string; post?: { id: string } | null; sentAt: Date;
  /** The contact was created by this run: it has no conversation yet, so the look-up is skipped (a lost race still re-reads). */
  newContact?: boolean;
}): Promise<{ id: string; created: boolean }> {
  const openKey = conversationOpenKey(options.contactId, options.post?.id);
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = attempt === 0 && options.newContact ? null : await db.conversation.findUnique({ where: { openKey }, select: { id: true } });
    if (existing) return { id: existing.id, created: false };
    const handling = initialHandling((await getAgentSettings({ ctx: { db: scopedDb(options.workspaceId), workspace: { id: options.workspaceId } } })).settings, options.channelId);
    try {
      const created = await db.conversation.create({
        data: {
          workspaceId: options.workspaceId,
          channelId: options.channelId,
          contactId: options.contactId,
          kind: options.post ? 'comment_thread' : 'direct',
          handling,
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
