// The closed workspaces a user owns, with the date each will be erased (Settings → Account).
import { db } from '../db';

export async function listClosedWorkspaces(options: { userId: string }) {
  const rows = await db.membership.findMany({
    where: { userId: options.userId, role: 'owner', workspace: { closedAt: { not: null } } },
    select: { workspace: { select: { id: true, name: true, closedAt: true, eraseAfter: true } } },
  });
  return rows.map((r) => r.workspace);
}
