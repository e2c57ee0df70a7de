import { recordAudit } from '../audit/record-audit';
import { db } from '../db';
import type { RequestMeta } from '../http/request-meta';
import { AppError } from '../errors';
import type { WorkspaceContext } from './context';

/** Renames the context's workspace. The slug stays, so links and integrations keep working. */
export async function renameWorkspace(options: { ctx: WorkspaceContext; name: string; meta?: Partial<RequestMeta> }): Promise<{ id: string; name: string }> {
  const { ctx } = options;
  if (!ctx.can('workspace.rename')) throw new AppError('forbidden', 'Your role does not allow this.');
  const name = options.name.trim();
  if (name === ctx.workspace.name) return { id: ctx.workspace.id, name };
  const workspace = await db.workspace.update({ where: { id: ctx.workspace.id }, data: { name }, select: { id: true, name: true } });
  await recordAudit({
    action: 'workspace.renamed',
    ctx,
    targetType: 'workspace',
    targetId: ctx.workspace.id,
    meta: options.meta,
    metadata: { from: ctx.workspace.name, to: name },
  });
  return workspace;
}
