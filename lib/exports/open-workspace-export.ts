// An owner downloads a ready export (until it expires).
import { AppError } from '../errors';
import { getStorage } from '../storage/storage';
import type { WorkspaceContext } from '../workspaces/context';

export async function openWorkspaceExport(options: { ctx: Pick<WorkspaceContext, 'db' | 'can'>; exportId: string; now?: Date }) {
  const { ctx } = options;
  if (!ctx.can('workspace.export')) throw new AppError('forbidden', 'Only owners can download workspace exports.');
  const row = await ctx.db.workspaceExport.findFirst({ where: { id: options.exportId }, select: { status: true, storageKey: true, sizeBytes: true, expiresAt: true, createdAt: true } });
  if (!row || row.status !== 'ready' || !row.storageKey || !row.expiresAt || row.expiresAt <= (options.now ?? new Date())) throw new AppError('not_found', 'This export is not available (it expired or is not ready yet).');
  return { stream: await getStorage().get(row.storageKey), sizeBytes: row.sizeBytes, fileName: `relaydesk-export-${row.createdAt.toISOString().slice(0, 10)}.zip` };
}
