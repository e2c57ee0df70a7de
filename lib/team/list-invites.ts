import type { Role } from '../generated/prisma/enums';
import type { WorkspaceContext } from '../workspaces/context';
import { assertCan } from './assert-permission';

export type PendingInvite = { id: string; email: string; role: Role; expiresAt: Date; expired: boolean; createdAt: Date; invitedBy: { name: string } | null };

/** Invites not yet accepted or revoked (expired ones included, flagged, so they can be resent). */
export async function listInvites(options: { ctx: WorkspaceContext; now?: Date }): Promise<PendingInvite[]> {
  assertCan(options.ctx, 'team.invite');
  const now = options.now ?? new Date();
  const rows = await options.ctx.db.invite.findMany({
    where: { acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: 'desc' },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true, invitedBy: { select: { name: true } } },
  });
  return rows.map((row) => ({ ...row, expired: row.expiresAt <= now }));
}
