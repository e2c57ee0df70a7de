import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import type { WorkspaceContext } from '../workspaces/context';
import { assertCan } from './assert-permission';
import { getMembershipOrThrow, lockWorkspace } from './lock-memberships';

/** The target becomes owner and the acting owner steps down to admin, atomically. */
export async function transferOwnership(options: { ctx: WorkspaceContext; toUserId: string; meta?: Partial<RequestMeta> }): Promise<{ toUserId: string }> {
  const { ctx, toUserId } = options;
  assertCan(ctx, 'workspace.transfer-ownership');
  if (toUserId === ctx.user.id) throw new AppError('bad_request', 'You already own this workspace.');
  await ctx.db.$transaction(async (tx) => {
    await lockWorkspace(tx, ctx.workspace.id);
    const actor = await getMembershipOrThrow(tx, ctx.user.id);
    // Re-read inside the lock: the role in ctx was resolved earlier in the request.
    if (actor.role !== 'owner') throw new AppError('forbidden', 'Only an owner can transfer ownership.');
    const target = await getMembershipOrThrow(tx, toUserId);
    await tx.membership.update({ where: { id: target.id }, data: { role: 'owner' }, select: { id: true } });
    await tx.membership.update({ where: { id: actor.id }, data: { role: 'admin' }, select: { id: true } });
    await recordAudit(
      {
        action: 'workspace.ownership_transferred',
        ctx,
        targetType: 'user',
        targetId: target.userId,
        meta: options.meta,
        metadata: { previousRole: target.role },
      },
      tx,
    );
  });
  return { toUserId };
}
