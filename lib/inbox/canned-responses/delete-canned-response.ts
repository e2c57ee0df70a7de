// Canned responses are managed by admins (canned-responses.manage); a taken shortcut is a field error, not a crash.
import { recordAudit } from '../../audit/record-audit';
import { AppError } from '../../errors';
import { assertCanManageCannedResponses, type CannedCtx } from './assert-can-manage';

export async function deleteCannedResponse(options: { ctx: CannedCtx; id: string }): Promise<void> {
  const { ctx } = options;
  assertCanManageCannedResponses(ctx);
  const { count } = await ctx.db.cannedResponse.deleteMany({ where: { id: options.id } });
  if (count === 0) throw new AppError('not_found', 'This canned response no longer exists.');
  await recordAudit({ ctx, action: 'canned_response.deleted', targetType: 'CannedResponse', targetId: options.id });
}
