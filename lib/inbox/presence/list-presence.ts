import type { WorkspaceContext } from '../../workspaces/context';
import { PRESENCE_FRESH_MS } from './presence.schema';

export type PresentMember = { userId: string; name: string; typing: boolean; seenAt: Date };

/** OTHER members seen in this conversation recently (stale rows are ignored until swept). */
export async function listPresence(options: { ctx: Pick<WorkspaceContext, 'db' | 'user'>; conversationId: string; now?: Date }): Promise<PresentMember[]> {
  const { ctx, conversationId } = options;
  const since = new Date((options.now ?? new Date()).getTime() - PRESENCE_FRESH_MS);
  const rows = await ctx.db.conversationPresence.findMany({
    where: { conversationId, userId: { not: ctx.user.id }, seenAt: { gte: since } },
    select: { userId: true, typing: true, seenAt: true },
    orderBy: { seenAt: 'desc' },
  });
  if (!rows.length) return [];
  // Membership, not just User: someone removed from the workspace is not shown.
  const members = await ctx.db.membership.findMany({ where: { userId: { in: rows.map((r) => r.userId) } }, select: { user: { select: { id: true, name: true } } } });
  const names = new Map(members.map((m) => [m.user.id, m.user.name]));
  return rows.flatMap((r) => (names.has(r.userId) ? [{ ...r, name: names.get(r.userId)! }] : []));
}
