import { recordAudit } from '../../audit/record-audit';
import { AppError } from '../../errors';
import type { RequestMeta } from '../../http/request-meta';
import { assertCan } from '../../team/assert-permission';
import type { WorkspaceContext } from '../../workspaces/context';
import type { LabelSummary } from './create-label';
import { assertLabelNameFree, isUniqueViolation, nameTaken } from './label-name-taken';

/** Rename and/or recolour a label. */
export async function updateLabel(options: { ctx: WorkspaceContext; labelId: string; name: string; color: string; meta?: Partial<RequestMeta> }): Promise<LabelSummary> {
  const { ctx, labelId, name, color } = options;
  assertCan(ctx, 'settings.manage');
  const before = await ctx.db.label.findFirst({ where: { id: labelId }, select: { name: true, color: true } });
  if (!before) throw new AppError('not_found', 'Label not found.');
  await assertLabelNameFree({ ctx, name, exceptId: labelId });
  const updated = await ctx.db.label
    .updateMany({ where: { id: labelId }, data: { name, color } })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? nameTaken(name) : error;
    });
  if (updated.count === 0) throw new AppError('not_found', 'Label not found.');
  await recordAudit({ ctx, action: 'label.updated', targetType: 'label', targetId: labelId, meta: options.meta, metadata: { from: before, to: { name, color } } });
  return { id: labelId, name, color };
}
