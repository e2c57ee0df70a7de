// "Keep my account" during the grace period. The queued erase job re-checks deleteAfter and
// does nothing once it is cleared.
import { recordAudit } from '../audit/record-audit';
import { db } from '../db';
import type { RequestMeta } from '../http/request-meta';

export async function cancelAccountDeletion(options: { userId: string; meta?: Partial<RequestMeta> | null }): Promise<boolean> {
  const { count } = await db.user.updateMany({ where: { id: options.userId, deleteAfter: { not: null } }, data: { deleteAfter: null, deletionRequestedAt: null } });
  if (count) {
    const memberships = await db.membership.findMany({ where: { userId: options.userId }, select: { workspaceId: true } });
    for (const { workspaceId } of memberships) await recordAudit({ action: 'account.deletion_cancelled', workspaceId, actorUserId: options.userId, targetType: 'user', targetId: options.userId, meta: options.meta });
  }
  return count > 0;
}
