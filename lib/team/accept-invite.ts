import { recordAudit } from '../audit/record-audit';
import { assertSeatForNewMember } from '../billing/assert-seat-available';
import { db } from '../db';
import { AppError } from '../errors';
import type { Role } from '../generated/prisma/enums';
import type { RequestMeta } from '../http/request-meta';
import { getInviteByToken } from './get-invite-by-token';
import { inviteProblem } from './invite-problem';

export type AcceptedInvite = { workspaceId: string; workspaceName: string; role: Role };

/**
 * Joins the signed-in user to the invite's workspace. The user's email must be the invited
 * address (proof they read that inbox). Accepting twice, or accepting when already a member,
 * is a no-op that returns the workspace.
 */
export async function acceptInvite(options: { token: string; userId: string; meta?: Partial<RequestMeta> }): Promise<AcceptedInvite> {
  const invite = await getInviteByToken(options.token);
  if (invite.state === 'invalid') throw inviteProblem('invalid');
  const user = await db.user.findUnique({ where: { id: options.userId }, select: { id: true, email: true } });
  if (!user) throw new AppError('unauthorized', 'Please log in again.');
  if (user.email.toLowerCase() !== invite.email.toLowerCase()) {
    throw new AppError('forbidden', `This invite was sent to ${invite.email}. Log in with that address to accept it.`);
  }
  const existing = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: invite.workspaceId, userId: user.id } },
    select: { role: true },
  });
  if (invite.state === 'accepted' && existing) return { workspaceId: invite.workspaceId, workspaceName: invite.workspaceName, role: existing.role };
  if (invite.state !== 'valid') throw inviteProblem(invite.state);

  const now = new Date();
  const role = await db.$transaction(async (tx) => {
    // Conditional update: two tabs accepting at once cannot both pass.
    const { count } = await tx.invite.updateMany({
      where: { id: invite.inviteId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (count === 0) throw inviteProblem('accepted');
    if (!existing) await assertSeatForNewMember({ workspaceId: invite.workspaceId, tx });
    const membership = await tx.membership.upsert({
      where: { workspaceId_userId: { workspaceId: invite.workspaceId, userId: user.id } },
      // Already a member (e.g. joined through another invite): keep the role they have.
      update: {},
      create: { workspaceId: invite.workspaceId, userId: user.id, role: invite.role },
      select: { role: true },
    });
    await recordAudit(
      {
        action: 'invite.accepted',
        workspaceId: invite.workspaceId,
        actorUserId: user.id,
        targetType: 'invite',
        targetId: invite.inviteId,
        meta: options.meta,
        metadata: { email: invite.email, role: membership.role },
      },
      tx,
    );
    return membership.role;
  });
  return { workspaceId: invite.workspaceId, workspaceName: invite.workspaceName, role };
}
