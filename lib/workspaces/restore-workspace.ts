// Restore a closed workspace within its grace period (owners only). The queued erase job
// re-checks closedAt and does nothing once the workspace is open again.
import { recordAudit } from '../audit/record-audit';
import { db } from '../db';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';

export async function restoreWorkspace(options: { userId: string; workspaceId: string; meta?: Partial<RequestMeta> | null; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  // Scoped by membership: only an owner of this very workspace finds it.
  const membership = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId: options.workspaceId, userId: options.userId } }, select: { role: true, workspace: { select: { closedAt: true, eraseAfter: true } } } });
  if (!membership || membership.role !== 'owner') throw new AppError('not_found', 'Workspace not found.');
  if (!membership.workspace.closedAt) throw new AppError('conflict', 'This workspace is not closed.');
  const { count } = await db.workspace.updateMany({ where: { id: options.workspaceId, closedAt: { not: null }, eraseAfter: { gt: now } }, data: { closedAt: null, closedById: null, eraseAfter: null } });
  if (!count) throw new AppError('conflict', 'The grace period is over; this workspace is being deleted.');
  await recordAudit({ action: 'workspace.restored', workspaceId: options.workspaceId, actorUserId: options.userId, meta: options.meta, targetType: 'workspace', targetId: options.workspaceId });
}
