import type { Role } from '../generated/prisma/enums';
import type { WorkspaceContext } from '../workspaces/context';
import { assertCan } from './assert-permission';

export type Member = { userId: string; name: string; email: string; role: Role; joinedAt: Date };

const roleOrder: Record<Role, number> = { owner: 0, admin: 1, agent: 2 };

export async function listMembers(options: { ctx: WorkspaceContext }): Promise<Member[]> {
  assertCan(options.ctx, 'team.view');
  const rows = await options.ctx.db.membership.findMany({
    orderBy: { createdAt: 'asc' },
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows
    .map((row) => ({ userId: row.user.id, name: row.user.name, email: row.user.email, role: row.role, joinedAt: row.createdAt }))
    .sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.joinedAt.getTime() - b.joinedAt.getTime());
}
