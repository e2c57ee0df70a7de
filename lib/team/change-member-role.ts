import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { Role } from '../generated/prisma/enums';
import type { RequestMeta } from '../http/request-meta';
import type { WorkspaceContext } from '../workspaces/context';
import { canManageMember } from '../workspaces/permissions';
import { assertCan } from './assert-permission';
import { assertNotLastOwner, getMembershipOrThrow, lockWorkspace } from './lock-memberships';

export async function changeMemberRole(options: { ctx: WorkspaceContext; userId: string; role: Role; meta?: Partial<RequestMeta> }): Promise<{ userId: string; role: Role }> {
  const { ctx, role } = options;
  assertCan(ctx, 'team.manage');
  const previous = await ctx.db.$transaction(async (tx) => {
    await lockWorkspace(tx, ctx.workspace.id);
    const target = await getMembershipOrThrow(tx, options.userId);
    if (!canManageMember(ctx.role, target.role, role)) throw new AppError('forbidden', 'Only owners can grant, change or remove the owner role.');
    if (target.role === role) return null;
    if (role !== 'owner') await assertNotLastOwner(tx, target, 'A workspace needs at least one owner. Make someone else owner first.');
    await tx.membership.update({ where: { id: target.id }, data: { role }, select: { id: true } });
    await recordAudit(
      {
        action: 'member.role_changed',
        ctx,
        targetType: 'user',
        targetId: target.userId,
        meta: options.meta,
        metadata: { from: target.role, to: role },
      },
      tx,
    );
    return target.role;
  });
  void previous;
  return { userId: options.userId, role };
}
