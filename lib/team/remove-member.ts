import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import type { WorkspaceContext } from '../workspaces/context';
import { canManageMember } from '../workspaces/permissions';
import { assertNotLastOwner, getMembershipOrThrow, lockWorkspace } from './lock-memberships';

/** Removes a member; removing yourself is leaving, which every role may do except the last owner. */
export async function removeMember(options: { ctx: WorkspaceContext; userId: string; meta?: Partial<RequestMeta> }): Promise<{ userId: string; left: boolean }> {
  const { ctx } = options;
  const leaving = options.userId === ctx.user.id;
  if (!leaving && !ctx.can('team.manage')) throw new AppError('forbidden', 'Your role does not allow this.');
  await ctx.db.$transaction(async (tx) => {
    await lockWorkspace(tx, ctx.workspace.id);
    const target = await getMembershipOrThrow(tx, options.userId);
    if (!leaving && !canManageMember(ctx.role, target.role)) throw new AppError('forbidden', 'Only owners can remove an owner.');
    await assertNotLastOwner(
      tx,
      target,
      leaving ? 'You are the only owner. Transfer ownership to someone else before leaving.' : 'A workspace needs at least one owner.',
    );
    await tx.membership.delete({ where: { id: target.id }, select: { id: true } });
    await recordAudit(
      {
        action: leaving ? 'member.left' : 'member.removed',
        ctx,
        targetType: 'user',
        targetId: target.userId,
        meta: options.meta,
        metadata: { role: target.role },
      },
      tx,
    );
  });
  return { userId: options.userId, left: leaving };
}
