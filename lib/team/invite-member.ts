import { recordAudit } from '../audit/record-audit';
import { assertSeatAvailable } from '../billing/assert-seat-available';
import { db } from '../db';
import { AppError } from '../errors';
import type { Role } from '../generated/prisma/enums';
import type { RequestMeta } from '../http/request-meta';
import type { WorkspaceContext } from '../workspaces/context';
import { assertCan } from './assert-permission';
import { newInviteToken } from './invite-token';
import { sendInviteEmail } from './send-invite-email';

export type InviteSummary = { id: string; email: string; role: Role; expiresAt: Date };

/**
 * Invites `email` (already normalised by emailSchema) into the workspace. Re-inviting a pending
 * address re-issues its token (the old link stops working) rather than stacking invites.
 */
export async function inviteMember(options: { ctx: WorkspaceContext; email: string; role: Role; meta?: Partial<RequestMeta> }): Promise<InviteSummary & { url: string }> {
  const { ctx, role } = options;
  const email = options.email.trim().toLowerCase();
  assertCan(ctx, 'team.invite');
  if (role === 'owner' && ctx.role !== 'owner') throw new AppError('forbidden', 'Only owners can invite owners.');

  const existingUser = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existingUser) {
    const member = await ctx.db.membership.findFirst({ where: { userId: existingUser.id }, select: { id: true } });
    if (member) throw new AppError('conflict', `${email} is already a member of this workspace.`, { fieldErrors: { email: ['Already a member of this workspace.'] } });
  }

  const { tokenHash, expiresAt, url } = newInviteToken();
  const pending = await ctx.db.invite.findFirst({ where: { email, acceptedAt: null, revokedAt: null }, select: { id: true, expiresAt: true } });
  const select = { id: true, email: true, role: true, expiresAt: true } as const;
  // Re-issuing a live invite keeps its seat; anything else needs a free seat on the plan.
  const invite =
    pending && pending.expiresAt > new Date()
      ? await ctx.db.invite.update({ where: { id: pending.id }, data: { role, tokenHash, expiresAt, invitedById: ctx.user.id }, select })
      : // The plain client: the seat check locks the workspace row; ids come from the scoped reads above.
        await db.$transaction(async (tx) => {
          await assertSeatAvailable({ workspaceId: ctx.workspace.id, tx });
          return pending
            ? tx.invite.update({ where: { id: pending.id }, data: { role, tokenHash, expiresAt, invitedById: ctx.user.id }, select })
            : tx.invite.create({ data: { workspaceId: ctx.workspace.id, email, role, tokenHash, expiresAt, invitedById: ctx.user.id }, select });
        });

  await recordAudit({
    action: pending ? 'invite.resent' : 'invite.sent',
    ctx,
    targetType: 'invite',
    targetId: invite.id,
    meta: options.meta,
    metadata: { email, role },
  });
  await sendInviteEmail({ to: email, inviterName: ctx.user.name, workspaceName: ctx.workspace.name, role, url });
  return { ...invite, url };
}
