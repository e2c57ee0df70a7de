// Round-robin that is load-aware: among the rule's members who are still in the workspace, online
// (when required) and under the cap, pick the one with the fewest open conversations; ties go to
// the next member after the one this rule assigned last, so equal loads rotate fairly.
import type { Prisma } from '../generated/prisma/client';
import { listOnlineMembers } from './list-online-members';

export type RoundRobinCandidate = { userId: string; openCount: number; online: boolean };
export type RoundRobinPick = { userId: string | null; candidates: RoundRobinCandidate[]; reason?: string };

/** Pure choice, for tests and the dry-run. `order` is the rule's member list order. */
export function chooseRoundRobin(options: { order: string[]; candidates: RoundRobinCandidate[]; lastAssignedUserId: string | null; onlineOnly: boolean; cap: number }): RoundRobinPick {
  const { order, candidates, lastAssignedUserId, onlineOnly, cap } = options;
  const eligible = candidates.filter((c) => (!onlineOnly || c.online) && (cap === 0 || c.openCount < cap));
  if (!eligible.length) {
    const reason = !candidates.length ? 'none of the chosen members is in the workspace' : onlineOnly && !candidates.some((c) => c.online) ? 'no chosen member is online' : 'every available member is at the cap';
    return { userId: null, candidates, reason };
  }
  const minLoad = Math.min(...eligible.map((c) => c.openCount));
  const lowest = new Set(eligible.filter((c) => c.openCount === minLoad).map((c) => c.userId));
  const start = lastAssignedUserId ? order.indexOf(lastAssignedUserId) + 1 : 0;
  for (let i = 0; i < order.length; i++) {
    const userId = order[(start + i) % order.length]!;
    if (lowest.has(userId)) return { userId, candidates };
  }
  return { userId: null, candidates, reason: 'no eligible member' };
}

/** Reads members, loads and presence, then chooses. `tx` is scoped by the caller's workspace id. */
export async function pickRoundRobinAssignee(options: {
  tx: Prisma.TransactionClient; workspaceId: string; userIds: string[]; lastAssignedUserId: string | null; onlineOnly: boolean; cap: number; now: Date;
}): Promise<RoundRobinPick> {
  const { tx, workspaceId, userIds, now } = options;
  const members = await tx.membership.findMany({ where: { workspaceId, userId: { in: userIds } }, select: { userId: true } });
  const memberIds = userIds.filter((id) => members.some((m) => m.userId === id));
  const loads = memberIds.length
    ? await tx.conversation.groupBy({ by: ['assigneeId'], where: { workspaceId, assigneeId: { in: memberIds }, status: { in: ['open', 'pending'] } }, _count: { _all: true } })
    : [];
  const online = await listOnlineMembers({ workspaceId, userIds: memberIds, now });
  const candidates = memberIds.map((userId) => ({ userId, openCount: loads.find((l) => l.assigneeId === userId)?._count._all ?? 0, online: online.has(userId) }));
  return chooseRoundRobin({ order: memberIds, candidates, lastAssignedUserId: options.lastAssignedUserId, onlineOnly: options.onlineOnly, cap: options.cap });
}
