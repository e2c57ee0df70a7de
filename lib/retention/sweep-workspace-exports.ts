// Workspace export zips can be downloaded for WORKSPACE_EXPORT_DOWNLOAD_DAYS; then the file is
// deleted and the row marked expired (kept for the list); rows go after the audit-log period.
import { db } from '../db';
import { deleteStorageObjects } from '../erasure/delete-storage-objects';

export async function sweepWorkspaceExports(options: { now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const due = await db.workspaceExport.findMany({ where: { expiresAt: { lte: now }, status: { in: ['ready', 'failed'] } }, select: { id: true, storageKey: true }, take: 1_000 });
  await deleteStorageObjects(due.map((e) => e.storageKey));
  if (due.length) await db.workspaceExport.updateMany({ where: { id: { in: due.map((e) => e.id) } }, data: { status: 'expired', storageKey: null } });
  return due.length;
}
