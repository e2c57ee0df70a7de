import { recordAudit } from '../audit/record-audit';
import type { RequestMeta } from '../http/request-meta';
import type { WorkspaceContext } from '../workspaces/context';
import { assertCan } from './assert-permission';
import { getPendingInviteOrThrow } from './get-pending-invite-or-throw';
import type { InviteSummary } from './invite-member';
import { newInviteToken } from './invite-token';
import { sendInviteEmail } from './send-invite-email';

/** Issues a new token and expiry for a pending invite and emails it again; the old link dies. */
export async function resendInvite(options: { ctx: WorkspaceContext; inviteId: string; meta?: Partial<RequestMeta> }): Promise<InviteSummary & { url: string }> {
  const { ctx } = options;
  assertCan(ctx, 'team.invite');
  const pending = await getPendingInviteOrThrow({ ctx, inviteId: options.inviteId });
  const { tokenHash, expiresAt, url } = newInviteToken();
  const invite = await ctx.db.invite.update({
    where: { id: pending.id },
    data: { tokenHash, expiresAt, invitedById: ctx.user.id },
    select: { id: true, email: true, role: true, expiresAt: true },
  });
  await recordAudit({
    action: 'invite.resent',
    ctx,
    targetType: 'invite',
    targetId: invite.id,
    meta: options.meta,
    metadata: { email: invite.email, role: invite.role },
  });
  await sendInviteEmail({ to: invite.email, inviterName: ctx.user.name, workspaceName: ctx.workspace.name, role: invite.role, url });
  return { ...invite, url };
}
