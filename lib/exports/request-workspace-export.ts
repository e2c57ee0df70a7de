// "Export workspace" (owners): queues the build-workspace-export job, or returns the export that
// is already being built (one at a time per workspace, so a double click builds one zip).
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import { enqueue } from '../jobs/enqueue';
import type { WorkspaceContext } from '../workspaces/context';

export async function requestWorkspaceExport(options: { ctx: Pick<WorkspaceContext, 'workspace' | 'user' | 'db' | 'can'>; meta?: Partial<RequestMeta> | null }) {
  const { ctx } = options;
  if (!ctx.can('workspace.export')) throw new AppError('forbidden', 'Only owners can export the whole workspace.');
  const running = await ctx.db.workspaceExport.findFirst({ where: { status: { in: ['queued', 'running'] } }, select: { id: true } });
  if (running) return { id: running.id, alreadyRunning: true };
  const created = await ctx.db.workspaceExport.create({ data: { workspaceId: ctx.workspace.id, requestedById: ctx.user.id }, select: { id: true } });
  await enqueue('build-workspace-export', { exportId: created.id }, { singletonKey: created.id });
  await recordAudit({ action: 'workspace.export_requested', ctx, meta: options.meta, targetType: 'workspace_export', targetId: created.id });
  return { id: created.id, alreadyRunning: false };
}
