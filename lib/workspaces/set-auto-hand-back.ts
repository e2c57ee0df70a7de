// Workspace setting: after how many idle minutes a taken-over conversation returns to the AI
// (null = never; the hand-back is then always manual).
import { recordAudit } from '../audit/record-audit';
import { db } from '../db';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import type { WorkspaceContext } from './context';

export const AUTO_HAND_BACK_MIN_MINUTES = 15;
export const AUTO_HAND_BACK_MAX_MINUTES = 1440;

export async function getAutoHandBackMinutes(options: { ctx: Pick<WorkspaceContext, 'workspace'> }): Promise<number | null> {
  const row = await db.workspace.findUnique({ where: { id: options.ctx.workspace.id }, select: { autoHandBackMinutes: true } });
  return row?.autoHandBackMinutes ?? null;
}

export async function setAutoHandBack(options: { ctx: WorkspaceContext; minutes: number | null; meta?: Partial<RequestMeta> }): Promise<void> {
  const { ctx, minutes } = options;
  if (!ctx.can('settings.manage')) throw new AppError('forbidden', 'Your role does not allow this.');
  if (minutes !== null && (!Number.isInteger(minutes) || minutes < AUTO_HAND_BACK_MIN_MINUTES || minutes > AUTO_HAND_BACK_MAX_MINUTES)) {
    throw new AppError('bad_request', `Choose between ${AUTO_HAND_BACK_MIN_MINUTES} minutes and 24 hours.`);
  }
  const before = await getAutoHandBackMinutes({ ctx });
  if (before === minutes) return;
  await db.workspace.update({ where: { id: ctx.workspace.id }, data: { autoHandBackMinutes: minutes } });
  await recordAudit({ action: 'workspace.auto_hand_back_changed', ctx, targetType: 'workspace', targetId: ctx.workspace.id, meta: options.meta, metadata: { from: before, to: minutes } });
}
