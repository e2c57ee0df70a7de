// Canned responses are managed by admins (canned-responses.manage); a taken shortcut is a field error, not a crash.
import { Prisma } from '../../generated/prisma/client';
import { recordAudit } from '../../audit/record-audit';
import { assertCanManageCannedResponses, shortcutTaken, type CannedCtx } from './assert-can-manage';

export async function createCannedResponse(options: { ctx: CannedCtx; shortcut: string; body: string }): Promise<{ id: string }> {
  const { ctx } = options;
  assertCanManageCannedResponses(ctx);
  try {
    const row = await ctx.db.cannedResponse.create({
      data: { shortcut: options.shortcut, body: options.body } as Prisma.CannedResponseUncheckedCreateInput,
      select: { id: true },
    });
    await recordAudit({ ctx, action: 'canned_response.created', targetType: 'CannedResponse', targetId: row.id, metadata: { shortcut: options.shortcut } });
    return row;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw shortcutTaken(options.shortcut);
    throw error;
  }
}
