// The workspace away message (settings on /automations).
import { fieldErrorsOf } from '../actions/action-result';
import { recordAudit } from '../audit/record-audit';
import { db } from '../db';
import { AppError } from '../errors';
import { assertCan } from '../team/assert-permission';
import type { WorkspaceContext } from '../workspaces/context';
import { awayMessageSchema } from './automation-rule.schema';

type Ctx = Pick<WorkspaceContext, 'can' | 'workspace' | 'user' | 'db'>;

export async function getAwayMessage({ ctx }: { ctx: Pick<WorkspaceContext, 'workspace'> }): Promise<{ enabled: boolean; message: string }> {
  const row = await db.workspace.findUnique({ where: { id: ctx.workspace.id }, select: { awayMessageEnabled: true, awayMessage: true } });
  return { enabled: row?.awayMessageEnabled ?? false, message: row?.awayMessage ?? '' };
}

export async function saveAwayMessage(options: { ctx: Ctx; input: unknown }): Promise<void> {
  assertCan(options.ctx, 'automations.manage');
  const parsed = awayMessageSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError('bad_request', 'Please fix the highlighted fields.', { fieldErrors: fieldErrorsOf(parsed.error) });
  await db.workspace.update({ where: { id: options.ctx.workspace.id }, data: { awayMessageEnabled: parsed.data.enabled, awayMessage: parsed.data.message || null } });
  await recordAudit({ ctx: options.ctx, action: 'automation.away_message_saved', targetType: 'Workspace', targetId: options.ctx.workspace.id, metadata: { enabled: parsed.data.enabled } }, options.ctx.db);
}
