import { db } from '../db';
import type { Role } from '../generated/prisma/enums';

export type MyWorkspace = { id: string; name: string; slug: string; role: Role };

export async function listMyWorkspaces(userId: string): Promise<MyWorkspace[]> {
  const rows = await db.membership.findMany({
    // Closed workspaces are listed separately (Settings → Account), with their restore deadline.
    where: { userId, workspace: { closedAt: null } },
    orderBy: [{ workspace: { name: 'asc' } }, { createdAt: 'asc' }],
    select: { role: true, workspace: { select: { id: true, name: true, slug: true } } },
  });
  return rows.map((row) => ({ ...row.workspace, role: row.role }));
}
