import { db } from '../db';

/** After the last retry: the settings page shows the export as failed (the owner can start another). */
export async function markWorkspaceExportFailed(options: { exportId: string }): Promise<void> {
  // Unscoped on purpose: the job's own export id.
  await db.workspaceExport.updateMany({ where: { id: options.exportId, status: { in: ['queued', 'running'] } }, data: { status: 'failed', error: 'The export could not be built. Please try again.' } });
}
