import { recordAudit } from '../../audit/record-audit';
import { AppError } from '../../errors';
import type { RequestMeta } from '../../http/request-meta';
import { assertCan } from '../../team/assert-permission';
import type { WorkspaceContext } from '../../workspaces/context';

/** Deletes a label; it disappears from every conversation (ConversationLabel cascades). */
export async function deleteLabel(options: { ctx: WorkspaceContext; labelId: string; meta?: Partial<RequestMeta> }): Promise<{ name: string; conversations: number }> {
  const { ctx, labelId } = options;
  assertCan(ctx, 'settings.manage');
  const label = await ctx.db.label.findFirst({ where: { id: labelId }, select: { name: true } });
  if (!label) throw new AppError('not_found', 'Label not found.');
  const conversations = await ctx.db.conversationLabel.count({ where: { labelId } });
  await ctx.db.label.deleteMany({ where: { id: labelId } });
  await recordAudit({ ctx, action: 'label.deleted', targetType: 'label', targetId: labelId, meta: options.meta, metadata: { name: label.name, conversations } });
  return { name: label.name, conversations };
}
