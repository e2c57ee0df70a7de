import { getAgentSettings } from '../agent/agent-settings';
import { initialHandling } from '../agent/runtime/decide-agent-mode';
import { db } from '../db';
import { generateUuidV7 } from '../crypto/generate-uuid-v7';
import { runPreparedSql } from '../run-prepared-query';
import { scopedDb } from '../workspaces/scoped-db';

// Insert-once on the open key (one open conversation per contact, per post for comments).
const INSERT_CONVERSATION_SQL = `
  insert into "Conversation" (id, "workspaceId", "channelId", "contactId", kind, handling, "postId", "openKey", "lastMessageAt", "updatedAt")
  values ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::"ConversationKind", $6::"ConversationHandling", $7, $8, $9, now())
  on conflict ("openKey") do nothing
  returning id::text`;

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
  /** The workspace's current agent settings version, when the caller read it (upsertContact does for a new contact). */
  settingsVersion?: number;
}): Promise<{ id: string; created: boolean }> {
  const openKey = conversationOpenKey(options.contactId, options.post?.id);
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = attempt === 0 && options.newContact ? null : await db.conversation.findUnique({ where: { openKey }, select: { id: true } });
    if (existing) return { id: existing.id, created: false };
    const { settings } = await getAgentSettings({ ctx: { db: scopedDb(options.workspaceId), workspace: { id: options.workspaceId } }, currentVersion: attempt === 0 ? options.settingsVersion : undefined });
    const handling = initialHandling(settings, options.channelId);
    const [created] = await runPreparedSql<{ id: string }>(INSERT_CONVERSATION_SQL, [
      generateUuidV7(), options.workspaceId, options.channelId, options.contactId, options.post ? 'comment_thread' : 'direct', handling, options.post?.id ?? null, openKey, options.sentAt,
    ]);
    if (created) return { id: created.id, created: true };
    // Lost the race for the open key: read again.
  }
  throw new Error(`Could not find or create the open conversation ${openKey}`);
}
