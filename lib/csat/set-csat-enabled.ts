// Workspace setting: ask customers to rate closed conversations (CSAT). Off by default: a
// business decides whether its customers get the extra message.
import { recordAudit } from '../audit/record-audit';
import { db } from '../db';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import type { WorkspaceContext } from '../workspaces/context';

export async function getCsatEnabled(options: { ctx: Pick<WorkspaceContext, 'workspace'> }): Promise<boolean> {
  const row = await db.workspace.findUnique({ where: { id: options.ctx.workspace.id }, select: { csatEnabled: true } });
  return row?.csatEnabled ?? false;
}

export async function setCsatEnabled(options: { ctx: WorkspaceContext; enabled: boolean; meta?: Partial<RequestMeta> }): Promise<void> {
  const { ctx, enabled } = options;
  if (!ctx.can('settings.manage')) throw new AppError('forbidden', 'Your role does not allow this.');
  if ((await getCsatEnabled({ ctx })) === enabled) return;
  await db.workspace.update({ where: { id: ctx.workspace.id }, data: { csatEnabled: enabled } });
  await recordAudit({ action: 'workspace.csat_changed', ctx, targetType: 'workspace', targetId: ctx.workspace.id, meta: options.meta, metadata: { enabled } });
}
