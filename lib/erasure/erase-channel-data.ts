// Erases every customer-data row and file of one channel (its contacts with all they carry, and
// its synced templates). The channel row itself is the business's record and stays, unless the
// caller deletes it (Meta's data deletion callback does, since it names the connecting user).
import { db } from '../db';
import { eraseContacts } from './erase-contacts';
import { addErasureCounts, type ErasureCounts, emptyErasureCounts } from './erasure-counts';

export async function eraseChannelData(options: { workspaceId: string; channelId: string }): Promise<ErasureCounts> {
  const { workspaceId, channelId } = options;
  let counts = emptyErasureCounts();
  for (;;) {
    const batch = await db.contact.findMany({ where: { workspaceId, channelId }, select: { id: true }, take: 500 });
    if (batch.length === 0) break;
    counts = addErasureCounts(counts, await eraseContacts({ workspaceId, contactIds: batch.map((c) => c.id) }));
  }
  // Conversations can only exist with a contact, but messages of a half-stored event cannot
  // outlive the channel's data either.
  await db.$transaction([
    db.message.deleteMany({ where: { workspaceId, channelId } }),
    db.pendingMessageStatus.deleteMany({ where: { workspaceId, channelId } }),
    db.messageTemplate.deleteMany({ where: { workspaceId, channelId } }),
  ]);
  // Whatever units of the channel remain (statuses, echoes of people already gone) are blanked too.
  const remaining = await db.webhookEvent.findMany({ where: { channelId, NOT: { payload: { equals: { erased: true } } } }, select: { id: true, deliveryId: true } });
  if (remaining.length > 0) {
    await db.webhookEvent.updateMany({ where: { id: { in: remaining.map((e) => e.id) } }, data: { payload: { erased: true }, lastError: null } });
    await db.webhookDelivery.updateMany({ where: { id: { in: [...new Set(remaining.map((e) => e.deliveryId))] } }, data: { rawBody: new Uint8Array(0) } });
    counts.webhookUnits += remaining.length;
  }
  return counts;
}
