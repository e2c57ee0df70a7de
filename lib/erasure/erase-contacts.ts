// Erases contacts (one person on one channel) of one workspace: their conversations (and all that
// repeats them, erase-conversations.ts), pending statuses and read watermarks naming them, the
// webhook units and raw bodies that carry their ids, the email copies that name them, and the
// contact rows. The routine behind "delete contact", verified public requests and Meta callbacks.
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { deleteEmailCopiesMentioning } from './delete-email-copies-mentioning';
import { eraseConversations } from './erase-conversations';
import { type ErasureCounts, emptyErasureCounts } from './erasure-counts';
import { scrubWebhookRecords } from './scrub-webhook-records';

//
// People (Contact.mergedIntoId): `wholePerson` (delete contact, privacy requests) widens the ids to
// every identity of their people — the primary holds the merged profile fields (email, phone,
// notes, attribute values) copied from its identities, so erasing one identity of a person and
// keeping the rest would leave that person's data behind. Without it (channel erasure, retention
// sweep) exactly the given identities go; a primary that goes while identities of its person stay
// hands its profile fields and the person to the oldest remaining one, so no person is split up.
export async function eraseContacts(options: { workspaceId: string; contactIds: string[]; wholePerson?: boolean }): Promise<ErasureCounts> {
  const { workspaceId } = options;
  const ids = options.wholePerson ? await personIdentityIds(workspaceId, options.contactIds) : options.contactIds;
  const contacts = await db.contact.findMany({
    where: { workspaceId, id: { in: ids } },
    select: { id: true, channelId: true, externalId: true, username: true, name: true, displayName: true, email: true, phone: true },
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
  await deleteEmailCopiesMentioning([...contactIds, ...needles, ...contacts.flatMap((c) => [c.name ?? '', c.displayName ?? '', c.email ?? '', c.phone ?? ''])].filter(Boolean));
  const deleted = await db.$transaction(async (tx) => {
    await handOverPeople(tx, workspaceId, contactIds);
    return tx.contact.deleteMany({ where: { workspaceId, id: { in: contactIds } } });
  });
  return { ...counts, ...erased, contacts: deleted.count };
}

/** The given contacts and every identity of their people (primary and all merged into it). */
async function personIdentityIds(workspaceId: string, contactIds: string[]): Promise<string[]> {
  const given = await db.contact.findMany({ where: { workspaceId, id: { in: contactIds } }, select: { id: true, mergedIntoId: true } });
  const primaries = [...new Set(given.map((c) => c.mergedIntoId ?? c.id))];
  const merged = await db.contact.findMany({ where: { workspaceId, mergedIntoId: { in: primaries } }, select: { id: true } });
  return [...new Set([...given.map((c) => c.id), ...primaries, ...merged.map((c) => c.id)])];
}

/** Primaries about to go whose person keeps other identities: the oldest-merged one becomes the primary. */
async function handOverPeople(tx: Prisma.TransactionClient, workspaceId: string, goingIds: string[]) {
  const going = new Set(goingIds);
  const heirs = await tx.contact.findMany({
    where: { workspaceId, mergedIntoId: { in: goingIds }, id: { notIn: goingIds } },
    orderBy: [{ mergedAt: 'asc' }, { id: 'asc' }],
    select: { id: true, mergedIntoId: true },
  });
  const heirOf = new Map<string, string>();
  for (const h of heirs) if (h.mergedIntoId && !heirOf.has(h.mergedIntoId)) heirOf.set(h.mergedIntoId, h.id);
  for (const [primaryId, heirId] of heirOf) {
    if (!going.has(primaryId)) continue;
    const p = await tx.contact.findUniqueOrThrow({ where: { id: primaryId }, select: { displayName: true, email: true, phone: true, notes: true, attributes: true, lastSeenAt: true } });
    await tx.contact.update({ where: { id: heirId }, data: { ...p, attributes: p.attributes as Prisma.InputJsonValue, mergedIntoId: null, mergedAt: null } });
    await tx.contact.updateMany({ where: { workspaceId, mergedIntoId: primaryId, id: { not: heirId } }, data: { mergedIntoId: heirId } });
  }
}
