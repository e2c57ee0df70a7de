// Stores one normalised message: insert-once by (channelId, externalId), then — only when it
// was really inserted — conversation counters, media rows and statuses that arrived early.
// Four round trips for a plain message (BEGIN, the external-id lock, one statement, COMMIT):
// this runs for every message Meta delivers, so it is written in SQL (docs/benchmarks.md
// "AI agent loop").
import type { NormalisedMessage } from '../channels/channel-provider';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { recordReplyFacts } from '../reports/record-reply-facts';
import { applyMessageStatus, lockExternalId, type StatusUpdate } from './apply-message-status';
import { generateUuidV7 } from '../crypto/generate-uuid-v7';

/** `reopened`: the customer wrote into a snoozed conversation, which opened it again. */
export type StoredMessage = { messageId: string; conversationId: string; inserted: boolean; updated: boolean; mediaIds: string[]; reopened?: boolean };

const previewOf = (message: NormalisedMessage) => (message.text ? message.text.slice(0, 160) : `[${message.kind.replace('_', ' ')}]`);

export async function storeMessage(options: { workspaceId: string; channelId: string; conversationId: string; message: NormalisedMessage }): Promise<StoredMessage> {
  const { workspaceId, channelId, conversationId, message } = options;
  return db.$transaction(async (tx) => {
    // After the lock, so the statement's snapshot sees any status stored for this id before it.
    await lockExternalId(tx, channelId, message.externalId);
    const inserted = await insertWithCounters(tx, { workspaceId, channelId, conversationId, message });
    if (!inserted) {
      const existing = await tx.message.findUniqueOrThrow({ where: { channelId_externalId: { channelId, externalId: message.externalId } }, select: { id: true, conversationId: true } });
      // Reactions are one row per (target, person): react/unreact update it in place.
      if (message.kind === 'reaction') {
        await tx.message.update({ where: { id: existing.id }, data: { text: message.text ?? null, details: (message.details ?? undefined) as Prisma.InputJsonValue | undefined, sentAt: message.sentAt } });
        return { messageId: existing.id, conversationId: existing.conversationId, inserted: false, updated: true, mediaIds: [] };
      }
      // Duplicate delivery, or the echo of a message we sent through the API.
      return { messageId: existing.id, conversationId: existing.conversationId, inserted: false, updated: false, mediaIds: [] };
    }
    const mediaIds: string[] = [];
    for (const media of message.media ?? []) {
      const row = await tx.messageMedia.create({
        data: {
          workspaceId,
          messageId: inserted.id,
          kind: media.kind,
          mimeType: media.mimeType ?? null,
          sha256: media.sha256 ?? null,
          fileName: media.fileName ?? null,
          externalMediaId: media.externalMediaId ?? null,
          sourceUrl: media.sourceUrl ?? null,
          status: media.remoteOnly ? 'remote_only' : 'pending',
        },
        select: { id: true, status: true },
      });
      if (row.status === 'pending') mediaIds.push(row.id);
    }
    if (inserted.hasPendingStatuses) await applyPendingStatuses(tx, { channelId, externalId: message.externalId, messageId: inserted.id });
    // A reply typed in Meta's own app (an echo) is a human reply too (reports).
    if (message.direction === 'outbound' && message.sender === 'native_app') await recordReplyFacts(tx, { workspaceId, conversationId, sender: 'native_app', authorUserId: null, at: message.sentAt });
    return { messageId: inserted.id, conversationId, inserted: true, updated: false, mediaIds, reopened: inserted.reopened };
  });
}

/**
 * The message row, the conversation's counters and the contact's "last seen" in ONE statement
 * (it was six round trips: look-up, insert, read the conversation, touch the contact, look for
 * early statuses, update the conversation). Insert-once by (channelId, externalId): on a
 * conflict nothing else is written and null comes back. Counters only ever move forward — the
 * CASEs read the row being updated, so two messages of one conversation stored at once both
 * count (the second update re-reads the row the first one committed).
 * - a customer writing into a snoozed conversation wakes it (`reopened`; closed ones never get
 *   here: they have no open key, so findOrCreateOpenConversation starts a new conversation);
 * - the unread increment also moves the workspace's unread counter (a deferred trigger at
 *   commit, so a burst into one workspace does not queue behind a row lock).
 */
async function insertWithCounters(
  tx: Prisma.TransactionClient,
  options: { workspaceId: string; channelId: string; conversationId: string; message: NormalisedMessage },
): Promise<{ id: string; reopened: boolean; hasPendingStatuses: boolean } | null> {
  const { workspaceId, channelId, conversationId, message } = options;
  const inbound = message.direction === 'inbound';
  const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
  const [row] = await tx.$queryRaw<{ id: string | null; reopened: boolean | null; pending: boolean }[]>`
    with inserted as (
      insert into "Message" (id, "workspaceId", "channelId", "conversationId", "externalId", direction, kind, sender, status, text, details, raw, "sentAt", "updatedAt")
      values (${generateUuidV7()}::uuid, ${workspaceId}::uuid, ${channelId}::uuid, ${conversationId}::uuid, ${message.externalId},
        ${message.direction}::"MessageDirection", ${message.kind}::"MessageKind", ${message.sender}::"MessageSender",
        ${inbound ? 'received' : 'sent'}::"MessageStatus", ${message.text ?? null}, ${json(message.details)}::jsonb, ${json(message.raw)}::jsonb, ${message.sentAt}, now())
      on conflict ("channelId", "externalId") do nothing
      returning id
    ), before as (
      select c.status from "Conversation" c where c.id = ${conversationId}::uuid and exists (select 1 from inserted)
    ), counted as (
      update "Conversation" c set
        "lastMessagePreview" = case when ${message.sentAt} >= c."lastMessageAt" then ${previewOf(message)} else c."lastMessagePreview" end,
        "lastMessageAt" = greatest(c."lastMessageAt", ${message.sentAt}),
        "lastInboundAt" = case when ${inbound} then greatest(c."lastInboundAt", ${message.sentAt}) else c."lastInboundAt" end,
        "firstInboundAt" = case when ${inbound} then least(c."firstInboundAt", ${message.sentAt}) else c."firstInboundAt" end,
        "unreadCount" = c."unreadCount" + case when ${inbound} then 1 else 0 end,
        status = case when ${inbound} and c.status = 'snoozed' then 'open'::"ConversationStatus" else c.status end,
        "snoozedUntil" = case when ${inbound} and c.status = 'snoozed' then null else c."snoozedUntil" end,
        "updatedAt" = now()
      where c.id = ${conversationId}::uuid and exists (select 1 from inserted)
      returning c."contactId"
    ), seen as (
      update "Contact" set "lastSeenAt" = ${message.sentAt}
      where ${inbound} and exists (select 1 from inserted)
        and (id = (select "contactId" from counted) or id = (select "mergedIntoId" from "Contact" where id = (select "contactId" from counted)))
        and ("lastSeenAt" is null or "lastSeenAt" < ${message.sentAt})
      returning 1
    )
    select (select id::text from inserted) as id,
      ${inbound} and (select status from before) = 'snoozed' as reopened,
      exists (select 1 from "PendingMessageStatus" p where p."channelId" = ${channelId}::uuid and p."externalId" = ${message.externalId}) as pending,
      (select count(*) from seen)::int as seen`;
  if (!row?.id) return null;
  return { id: row.id, reopened: row.reopened === true, hasPendingStatuses: row.pending };
}

/** Statuses (and deletions) that arrived before their message, applied now, oldest first. */
async function applyPendingStatuses(tx: Prisma.TransactionClient, options: { channelId: string; externalId: string; messageId: string }): Promise<void> {
  const pending = await tx.pendingMessageStatus.findMany({ where: { channelId: options.channelId, externalId: options.externalId }, orderBy: { occurredAt: 'asc' } });
  for (const status of pending) {
    await applyMessageStatus(tx, options.messageId, { status: status.status as StatusUpdate['status'], occurredAt: status.occurredAt, errorCode: status.errorCode, errorTitle: status.errorTitle });
  }
  if (pending.length) await tx.pendingMessageStatus.deleteMany({ where: { id: { in: pending.map((p) => p.id) } } });
}
