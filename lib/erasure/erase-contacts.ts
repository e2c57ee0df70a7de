// Erases contacts (one person on one channel) of one workspace: their conversations (and all that
// repeats them, erase-conversations.ts), pending statuses and read watermarks naming them, the
// webhook units and raw bodies that carry their ids, the email copies that name them, and the
// contact rows. The routine behind "delete contact", verified public requests and Meta callbacks.
import { db } from '../db';
import { deleteEmailCopiesMentioning } from './delete-email-copies-mentioning';
import { eraseConversations } from './erase-conversations';
import { type ErasureCounts, emptyErasureCounts } from './erasure-counts';
import { scrubWebhookRecords } from './scrub-webhook-records';

export async function eraseContacts(options: { workspaceId: string; contactIds: string[] }): Promise<ErasureCounts> {
  const { workspaceId } = options;
  const contacts = await db.contact.findMany({
    where: { workspaceId, id: { in: options.contactIds } },
    select: { id: true, channelId: true, externalId: true, username: true, name: true },
  });
  const counts = emptyErasureCounts();
  if (contacts.length === 0) return counts;
  const contactIds = contacts.map((c) => c.id);
  const conversations = await db.conversation.findMany({ where: { workspaceId, contactId: { in: contactIds } }, select: { id: true } });
  const erased = await eraseConversations({ workspaceId, conversationIds: conversations.map((c) => c.id) });
  // Read watermarks waiting for their message are keyed by the contact (watermark:<contact>:<ms>).
  for (const contact of contacts) {
    await db.pendingMessageStatus.deleteMany({ where: { workspaceId, channelId: contact.channelId, externalId: { startsWith: `watermark:${contact.externalId}:` } } });
  }
  const needles = contacts.flatMap((c) => [c.externalId, c.username ?? '']);
  counts.webhookUnits = await scrubWebhookRecords({ needles, channelIds: [...new Set(contacts.map((c) => c.channelId))] });
  await deleteEmailCopiesMentioning([...contactIds, ...needles, ...contacts.map((c) => c.name ?? '')]);
  const deleted = await db.contact.deleteMany({ where: { workspaceId, id: { in: contactIds } } });
  return { ...counts, ...erased, contacts: deleted.count };
}
