import type { WorkspaceContext } from '../workspaces/context';

export type ChannelActivity = { conversations: number; lastMessageAt: Date | null };

/** Conversation count and latest activity per channel, for the Channels page. */
export async function channelActivity({ ctx }: { ctx: Pick<WorkspaceContext, 'db'> }): Promise<Map<string, ChannelActivity>> {
  const rows = await ctx.db.conversation.groupBy({ by: ['channelId'], _count: { _all: true }, _max: { lastMessageAt: true } });
  return new Map(rows.map((r) => [r.channelId, { conversations: r._count._all, lastMessageAt: r._max.lastMessageAt }]));
}
