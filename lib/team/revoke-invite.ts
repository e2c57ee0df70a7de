import { recordAudit } from '../audit/record-audit';
import type { RequestMeta } from '../http/request-meta';
import type { WorkspaceContext } from '../workspaces/context';
import { assertCan } from './assert-permission';
import { getPendingInviteOrThrow } from './get-pending-invite-or-throw';

export async function revokeInvite(options: { ctx: WorkspaceContext; inviteId: string; meta?: Partial<RequestMeta> }): Promise<{ id: string }> {
  const { ctx } = options;
  assertCan(ctx, 'team.invite');
  const invite = await getPendingInviteOrThrow({ ctx, inviteId: options.inviteId });
  await ctx.db.invite.update({ where: { id: invite.id }, data: { revokedAt: new Date() }, select: { id: true } });
  await recordAudit({
    action: 'invite.revoked',
    ctx,
    targetType: 'invite',
    targetId: invite.id,
    meta: options.meta,
    metadata: { email: invite.email, role: invite.role },
  });
  return { id: invite.id };
}
