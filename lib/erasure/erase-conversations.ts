// Erases conversations of one workspace and everything that repeats their content: messages and
// media files, notes, drafts and labels (cascade), AI runs (reply texts, source excerpts), alert
// outbox excerpts, live-inbox events (previews), presence rows, pending statuses of their messages
// and the copies of alert emails that link to them. The one routine behind "delete conversation",
// the history retention sweep and contact/channel erasure (docs/architecture.md, "Privacy").
import { db } from '../db';
import { mediaStorageKey } from '../storage/storage-key';
import { deleteStorageObjects } from './delete-storage-objects';
import type { ErasureCounts } from './erasure-counts';
import { deleteEmailCopiesMentioning } from './delete-email-copies-mentioning';

const BATCH = 500;

export async function eraseConversations(options: { workspaceId: string; conversationIds: string[] }): Promise<Pick<ErasureCounts, 'conversations' | 'messages' | 'files'>> {
  const { workspaceId } = options;
  const totals = { conversations: 0, messages: 0, files: 0 };
  for (let i = 0; i < options.conversationIds.length; i += BATCH) {
    const ids = options.conversationIds.slice(i, i + BATCH);
    const media = await db.messageMedia.findMany({ where: { workspaceId, message: { conversationId: { in: ids } } }, select: { id: true, storageKey: true } });
    // A download writes its file at <workspaceId>/<mediaId> before recording the key, so a row
    // without a key may still have a file (a crash in between): that key goes too.
    totals.files += await deleteStorageObjects(media.map((m) => m.storageKey ?? mediaStorageKey(workspaceId, m.id)));
    const messageIds = await db.message.findMany({ where: { workspaceId, conversationId: { in: ids }, externalId: { not: null } }, select: { channelId: true, externalId: true } });
    const result = await db.$transaction(async (tx) => {
      await tx.agentRun.deleteMany({ where: { workspaceId, conversationId: { in: ids } } });
      await tx.notificationOutbox.deleteMany({ where: { workspaceId, conversationId: { in: ids } } });
      await tx.inboxEvent.deleteMany({ where: { workspaceId, conversationId: { in: ids } } });
      await tx.conversationPresence.deleteMany({ where: { workspaceId, conversationId: { in: ids } } });
      for (const m of messageIds) {
        await tx.pendingMessageStatus.deleteMany({ where: { workspaceId, channelId: m.channelId, externalId: m.externalId! } });
      }
      const messages = await tx.message.deleteMany({ where: { workspaceId, conversationId: { in: ids } } }); // media rows cascade
      const conversations = await tx.conversation.deleteMany({ where: { workspaceId, id: { in: ids } } }); // labels, notes, drafts cascade
      return { messages: messages.count, conversations: conversations.count };
    });
    totals.messages += result.messages;
    totals.conversations += result.conversations;
    // Digest emails link to /inbox/<conversation id> and quote the message.
    await deleteEmailCopiesMentioning(ids);
  }
  return totals;
}
