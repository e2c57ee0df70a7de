// Stores what one webhook unit contained: contacts, conversations, messages, statuses and
// deletions. Every step is idempotent (unique keys), so a re-run after a crash is harmless.
import type { NormalisedEvent } from '../channels/channel-provider';
import { matchCsatAnswer, recordCsatAnswer } from '../csat/record-csat-answer';
import { db } from '../db';
import { queueNewConversationAlerts } from '../notifications/queue-new-conversation-alerts';
import { recordInboxEvent } from '../realtime/record-inbox-event';
import { findOrCreateOpenConversation } from './find-or-create-open-conversation';
import { storeMessage } from './store-message';
import { storeMessageStatus } from './store-message-status';
import { upsertContact } from './upsert-contact';

/**
 * `mediaIds`: media still pending download; `contactIdsWithoutProfile`: contacts never
 * profiled. Both are recomputed on every run, so a crash before their jobs were queued is
 * repaired by the retry (the jobs' singleton keys make re-queueing harmless).
 */
export type StoreResult = {
  messageIds: string[]; insertedMessageIds: string[];
  /** Inserted by this run, inbound and from the customer: what the AI agent answers. */
  insertedCustomerMessageIds: string[];
  mediaIds: string[]; contactIdsWithoutProfile: string[]; createdConversationIds: string[] };

export async function storeNormalisedEvent(options: { workspaceId: string; channelId: string; event: NormalisedEvent }): Promise<StoreResult> {
  const { workspaceId, channelId, event } = options;
  const result: StoreResult = { messageIds: [], insertedMessageIds: [], insertedCustomerMessageIds: [], mediaIds: [], contactIdsWithoutProfile: [], createdConversationIds: [] };
  const insertedMediaIds: string[] = [];

  for (const message of event.messages) {
    const contact = await upsertContact({ workspaceId, channelId, externalId: message.contactExternalId, name: message.contactName, username: message.contactUsername });
    if (contact.needsProfile && !result.contactIdsWithoutProfile.includes(contact.id)) result.contactIdsWithoutProfile.push(contact.id);
    // An answer to the satisfaction question joins the closed conversation it rates.
    const csat = await matchCsatAnswer({ workspaceId, contactId: contact.id, message });
    const conversation = csat ? { id: csat.conversationId, created: false } : await findOrCreateOpenConversation({ workspaceId, channelId, contactId: contact.id, post: message.post, sentAt: message.sentAt, newContact: contact.created, settingsVersion: contact.settingsVersion });
    if (conversation.created && !result.createdConversationIds.includes(conversation.id)) result.createdConversationIds.push(conversation.id);
    const stored = await storeMessage({ workspaceId, channelId, conversationId: conversation.id, message });
    insertedMediaIds.push(...stored.mediaIds);
    if (csat && stored.inserted) await recordCsatAnswer({ workspaceId, surveyId: csat.surveyId, rating: csat.rating, messageId: stored.messageId, at: message.sentAt });
    result.messageIds.push(stored.messageId);
    if (stored.inserted) result.insertedMessageIds.push(stored.messageId);
    if (stored.inserted && message.direction === 'inbound' && message.sender === 'customer') result.insertedCustomerMessageIds.push(stored.messageId);
    // A conversation opened by the customer alerts the team (batched by the notification-digests job).
    if (conversation.created && stored.inserted && message.direction === 'inbound') {
      await queueNewConversationAlerts({ workspaceId, conversationId: conversation.id, preview: message.text ?? null });
    }
    if (stored.inserted || stored.updated) {
      await recordInboxEvent({
        workspaceId, conversationId: stored.conversationId, type: stored.inserted ? 'message.created' : 'message.updated',
        payload: { messageId: stored.messageId, direction: message.direction, kind: message.kind, preview: message.text ?? null },
      });
    }
    if (stored.reopened) {
      await recordInboxEvent({ workspaceId, conversationId: stored.conversationId, type: 'conversation.updated', payload: { changes: ['status'], status: 'open', reason: 'customer_replied' } });
    }
  }
  for (const status of event.statuses) {
    const changed = await storeMessageStatus({ workspaceId, channelId, externalId: status.externalId, update: status });
    if (changed) await recordInboxEvent({ workspaceId, conversationId: changed.conversationId, type: 'message.updated', payload: { messageId: changed.messageId, status: status.status } });
  }
  for (const deletion of event.deletions) {
    const changed = await storeMessageStatus({ workspaceId, channelId, externalId: deletion.externalId, update: { status: 'deleted', occurredAt: deletion.occurredAt } });
    if (changed) await recordInboxEvent({ workspaceId, conversationId: changed.conversationId, type: 'message.updated', payload: { messageId: changed.messageId, status: 'deleted' } });
  }
  if (result.messageIds.length && result.insertedMessageIds.length === result.messageIds.length) {
    // Every message was inserted by this run: the media rows it created are exactly the pending ones.
    result.mediaIds = insertedMediaIds;
  } else if (result.messageIds.length) {
    // A re-run (or duplicates): media of messages stored earlier may still wait for their download.
    const pending = await db.messageMedia.findMany({ where: { messageId: { in: result.messageIds }, status: 'pending' }, select: { id: true } });
    result.mediaIds = pending.map((m) => m.id);
  }
  return result;
}
