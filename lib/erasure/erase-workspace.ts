// Erases a whole workspace: channel data (through eraseChannelData, so raw webhook data and email
// copies go too), every stored file (media, outbound uploads, exports), then the workspace row,
// whose foreign keys cascade to every remaining tenant row (members, invites, audit log, agent
// settings, knowledge files, labels…). The routine behind closing a workspace (after the grace
// period) and account deletion of a sole member. Member accounts stay: they are their own subjects.
import { db } from '../db';
import { deleteEmailCopiesMentioning } from './delete-email-copies-mentioning';
import { mediaStorageKey } from '../storage/storage-key';
import { deleteStorageObjects } from './delete-storage-objects';
import { eraseChannelData } from './erase-channel-data';
import { addErasureCounts, type ErasureCounts, emptyErasureCounts } from './erasure-counts';
import { tenantTables } from './erasure-registry';

export async function eraseWorkspace(options: { workspaceId: string }): Promise<ErasureCounts & { erased: boolean }> {
  const { workspaceId } = options;
  const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { id: true, name: true, slug: true } });
  if (!workspace) return { ...emptyErasureCounts(), erased: false };
  let counts = emptyErasureCounts();
  const channels = await db.channel.findMany({ where: { workspaceId }, select: { id: true, externalId: true } });
  for (const channel of channels) counts = addErasureCounts(counts, await eraseChannelData({ workspaceId, channelId: channel.id }));
  const uploads = await db.outboundUpload.findMany({ where: { workspaceId }, select: { storageKey: true } });
  const exports = await db.workspaceExport.findMany({ where: { workspaceId }, select: { storageKey: true } });
  const media = await db.messageMedia.findMany({ where: { workspaceId }, select: { id: true, storageKey: true } });
  counts.files += await deleteStorageObjects([...uploads.map((r) => r.storageKey), ...exports.map((r) => r.storageKey), ...media.map((m) => m.storageKey ?? mediaStorageKey(workspaceId, m.id))]);
  // Routed units of this workspace that never became a channel's (e.g. the channel row is gone).
  const units = await db.webhookEvent.findMany({ where: { workspaceId }, select: { deliveryId: true } });
  await db.webhookDelivery.updateMany({ where: { id: { in: [...new Set(units.map((u) => u.deliveryId))] } }, data: { rawBody: new Uint8Array(0) } });
  await db.webhookEvent.deleteMany({ where: { workspaceId } });
  await db.$transaction(async (tx) => {
    // Many tenant tables carry workspaceId without a foreign key to Workspace (no cascade), so
    // every one is deleted by that column; the registry's list is held against the catalog.
    for (const table of tenantTables) {
      await tx.$executeRawUnsafe(`delete from "${table}" where "workspaceId" = $1::uuid`, workspaceId);
    }
    await tx.workspace.delete({ where: { id: workspaceId } });
  });
  // Invitation and alert emails name the workspace.
  await deleteEmailCopiesMentioning([workspace.id, workspace.slug, workspace.name.length >= 6 ? workspace.name : '']);
  return { ...counts, erased: true };
}
