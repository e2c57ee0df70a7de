// What a workspace uses of its plan right now, counted the way the limits count it.
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { monthOf, monthRange } from '../agent/usage/usage-month';

type Client = Pick<Prisma.TransactionClient, 'membership' | 'invite' | 'channel' | 'agentRun' | 'conversation'>;

/** Members plus pending invites: an invite holds its seat until accepted, revoked or expired. */
export async function countSeatsUsed(workspaceId: string, now = new Date(), client: Client = db): Promise<number> {
  const [members, invites] = await Promise.all([
    client.membership.count({ where: { workspaceId } }),
    client.invite.count({ where: { workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } } }),
  ]);
  return members + invites;
}

/** Channels that are not disconnected (an expired token still holds its place until reconnected or disconnected). */
export async function countConnectedChannels(workspaceId: string, client: Client = db): Promise<number> {
  return client.channel.count({ where: { workspaceId, status: { not: 'disconnected' } } });
}

/** AI replies this calendar month (UTC): every reply the agent wrote, sent or drafted (as /pricing says). */
export async function countAiRepliesThisMonth(workspaceId: string, now = new Date(), client: Client = db): Promise<number> {
  const { start, end } = monthRange(monthOf(now));
  return client.agentRun.count({ where: { workspaceId, createdAt: { gte: start, lt: end }, status: { in: ['sent', 'drafted'] } } });
}

/** Conversations the plan's history hides right now (kept, not deleted). */
export async function countHiddenConversations(workspaceId: string, cutoff: Date | null, client: Client = db): Promise<number> {
  if (!cutoff) return 0;
  return client.conversation.count({ where: { workspaceId, lastMessageAt: { lt: cutoff } } });
}
