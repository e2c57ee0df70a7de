// The erase-closed-workspace job's work: erase a workspace whose closure grace period is over.
// Restored (or not yet due) workspaces are left alone, so a stale job is harmless.
import { db } from '../db';
import { eraseWorkspace } from '../erasure/erase-workspace';
import { logger } from '../logger';

export async function eraseClosedWorkspace(options: { workspaceId: string; now?: Date }): Promise<'erased' | 'not_due'> {
  const now = options.now ?? new Date();
  // Unscoped on purpose: a worker acting on a workspace id our own code queued.
  const workspace = await db.workspace.findUnique({ where: { id: options.workspaceId }, select: { closedAt: true, eraseAfter: true } });
  if (!workspace?.closedAt || !workspace.eraseAfter || workspace.eraseAfter > now) return 'not_due';
  const counts = await eraseWorkspace({ workspaceId: options.workspaceId });
  logger.info({ workspaceId: options.workspaceId, ...counts }, 'closed workspace erased');
  return 'erased';
}
