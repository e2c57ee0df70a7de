// Canned responses are managed by admins (canned-responses.manage); a taken shortcut is a field error, not a crash.
import { Prisma } from '../../generated/prisma/client';
import { recordAudit } from '../../audit/record-audit';
import { AppError } from '../../errors';
import { assertCanManageCannedResponses, shortcutTaken, type CannedCtx } from './assert-can-manage';

export async function updateCannedResponse(options: { ctx: CannedCtx; id: string; shortcut: string; body: string }): Promise<void> {
  const { ctx } = options;
  assertCanManageCannedResponses(ctx);
  try {
    const { count } = await ctx.db.cannedResponse.updateMany({ where: { id: options.id }, data: { shortcut: options.shortcut, body: options.body } });
    if (count === 0) throw new AppError('not_found', 'This canned response no longer exists.');
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw shortcutTaken(options.shortcut);
    throw error;
  }
  await recordAudit({ ctx, action: 'canned_response.updated', targetType: 'CannedResponse', targetId: options.id, metadata: { shortcut: options.shortcut } });
}
