import type { WorkspaceContext } from '../workspaces/context';

/** The latest exports of the workspace, for Settings → Workspace (owners). */
export async function listWorkspaceExports(options: { ctx: Pick<WorkspaceContext, 'db'> }) {
  return options.ctx.db.workspaceExport.findMany({
    orderBy: { createdAt: 'desc' },
    take: 5,
    select: { id: true, status: true, progress: true, sizeBytes: true, expiresAt: true, createdAt: true, error: true },
  });
}
