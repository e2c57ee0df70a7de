import { hashToken } from '../auth/user-tokens';
import { db } from '../db';
import type { Role } from '../generated/prisma/enums';

export type InviteState = 'valid' | 'expired' | 'revoked' | 'accepted' | 'invalid';

export type InviteView =
  | { state: 'invalid' }
  | { state: Exclude<InviteState, 'invalid'>; inviteId: string; workspaceId: string; workspaceName: string; inviterName: string | null; role: Role; email: string; expiresAt: Date };

/**
 * Looks an invite up by its emailed token. Deliberately not workspace-scoped: whoever holds the
 * token is the person it was sent to (it is 32 random bytes and only its hash is stored).
 */
export async function getInviteByToken(token: string, now = new Date()): Promise<InviteView> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { state: 'invalid' };
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true,
      workspace: { select: { id: true, name: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!invite) return { state: 'invalid' };
  const state = invite.acceptedAt ? 'accepted' : invite.revokedAt ? 'revoked' : invite.expiresAt <= now ? 'expired' : 'valid';
  return {
    state,
    inviteId: invite.id,
    workspaceId: invite.workspace.id,
    workspaceName: invite.workspace.name,
    inviterName: invite.invitedBy?.name ?? null,
    role: invite.role,
    email: invite.email,
    expiresAt: invite.expiresAt,
  };
}
