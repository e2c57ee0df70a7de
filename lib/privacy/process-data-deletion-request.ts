// Carries out a DataDeletionRequest. For a Meta user: every channel they connected is
// disconnected and its customer data deleted now. Identifier-based requests (public form)
// delete the matching contacts across workspaces. Idempotent: a completed request is skipped.
import { deleteDataOfChannel } from '../channels/delete-channel-data';
import { deleteStoredFiles } from '../channels/delete-stored-files';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';

export async function processDataDeletionRequest(options: { requestId: string }) {
  // Unscoped on purpose: a privacy request spans workspaces by design; the id comes from our queue.
  const request = await db.dataDeletionRequest.findUnique({ where: { id: options.requestId } });
  if (!request || request.status === 'completed') return { skipped: true };
  await db.dataDeletionRequest.update({ where: { id: request.id }, data: { status: 'in_progress' } });
  let details: Prisma.InputJsonObject;
  if (request.metaUserId) {
    const channels = await db.channel.findMany({ where: { metaUserId: request.metaUserId }, select: { id: true, workspaceId: true, type: true } });
    const now = new Date();
    let contacts = 0;
    for (const channel of channels) {
      await db.channel.update({
        where: { id: channel.id },
        data: { status: 'disconnected', accessTokenEnc: null, tokenExpiresAt: null, deleteDataAfter: now, disconnectedAt: now, statusReason: 'Data deleted at the request of the connecting Facebook user.' },
      });
      contacts += (await deleteDataOfChannel(channel)).contacts;
    }
    details = { channels: channels.length, contacts };
  } else {
    details = { contacts: await deleteContactsByIdentifier(request.identifierType, request.identifier) };
  }
  await db.dataDeletionRequest.update({ where: { id: request.id }, data: { status: 'completed', completedAt: new Date(), details } });
  return { skipped: false, ...details };
}

async function deleteContactsByIdentifier(type: string | null, identifier: string | null): Promise<number> {
  if (!type || !identifier) return 0;
  const where: Prisma.ContactWhereInput =
    type === 'instagram_username'
      ? { username: { equals: identifier.replace(/^@/, ''), mode: 'insensitive' }, channel: { type: 'instagram' } }
      : type === 'whatsapp_number'
        ? { externalId: identifier.replace(/\D/g, ''), channel: { type: 'whatsapp' } }
        : type === 'email'
          ? { email: { equals: identifier.trim(), mode: 'insensitive' } }
          : { id: { in: [] } };
  const matched = (await db.contact.findMany({ where, select: { id: true } })).map((c) => c.id);
  // A matched person's merged channel identities are the same person: they go too.
  const merged = matched.length ? (await db.contact.findMany({ where: { mergedIntoId: { in: matched } }, select: { id: true } })).map((c) => c.id) : [];
  const ids = [...new Set([...matched, ...merged])];
  if (ids.length === 0) return 0;
  const media = await db.messageMedia.findMany({ where: { message: { conversation: { contactId: { in: ids } } }, storageKey: { not: null } }, select: { storageKey: true } });
  await deleteStoredFiles(media.map((m) => m.storageKey!));
  await db.contact.deleteMany({ where: { id: { in: ids } } }); // conversations and messages cascade
  return ids.length;
}
