import { AppError } from '../errors';
import type { WorkspaceContext } from '../workspaces/context';

/** A not-yet-accepted, not-revoked invite of this workspace; ids from other workspaces are not found. */
export async function getPendingInviteOrThrow(options: { ctx: WorkspaceContext; inviteId: string }) {
  const invite = await options.ctx.db.invite.findFirst({
    where: { id: options.inviteId, acceptedAt: null, revokedAt: null },
    select: { id: true, email: true, role: true, expiresAt: true },
  });
  if (!invite) throw new AppError('not_found', 'That invite no longer exists.');
  // Mirrors "admins cannot invite owners": they cannot resend or revoke owner invites either.
  if (invite.role === 'owner' && options.ctx.role !== 'owner') throw new AppError('forbidden', 'Only owners can manage owner invites.');
  return invite;
}
