// Workspace setting: how long conversations are kept (the retention sweep DELETES older ones,
// counted from their last message). Separate from billing, which only HIDES conversations older
// than the plan's history (kept, visible again after an upgrade).
import { recordAudit } from '../audit/record-audit';
import { getWorkspacePlan } from '../billing/get-workspace-plan';
import { db } from '../db';
import { AppError } from '../errors';
import type { ConversationRetention } from '../generated/prisma/enums';
import type { RequestMeta } from '../http/request-meta';
import type { WorkspaceContext } from './context';

export async function getHistoryRetention(options: { ctx: Pick<WorkspaceContext, 'workspace'> }) {
  const row = await db.workspace.findUniqueOrThrow({ where: { id: options.ctx.workspace.id }, select: { historyRetention: true } });
  const plan = await getWorkspacePlan({ workspaceId: options.ctx.workspace.id });
  return { setting: row.historyRetention, planName: plan.name, planHistoryDays: plan.historyDays };
}

export async function setHistoryRetention(options: { ctx: Pick<WorkspaceContext, 'workspace' | 'user' | 'can'>; setting: ConversationRetention; meta?: Partial<RequestMeta> | null }): Promise<void> {
  const { ctx } = options;
  if (!ctx.can('settings.manage')) throw new AppError('forbidden', 'Only owners and admins can change how long conversations are kept.');
  const before = await db.workspace.findUniqueOrThrow({ where: { id: ctx.workspace.id }, select: { historyRetention: true } });
  if (before.historyRetention === options.setting) return;
  await db.workspace.update({ where: { id: ctx.workspace.id }, data: { historyRetention: options.setting } });
  await recordAudit({ action: 'workspace.history_retention_changed', ctx, meta: options.meta, targetType: 'workspace', targetId: ctx.workspace.id, metadata: { from: before.historyRetention, to: options.setting } });
}
