import type { WorkspaceContext } from '../workspaces/context';

/** The Channels page's view of each channel. Never selects the token. */
export const channelSummarySelect = {
  id: true,
  type: true,
  name: true,
  avatarUrl: true,
  externalId: true,
  displayPhone: true,
  status: true,
  statusReason: true,
  tokenExpiresAt: true,
  connectedAt: true,
  disconnectedAt: true,
  deleteDataAfter: true,
} as const;

export async function listChannels({ ctx }: { ctx: Pick<WorkspaceContext, 'db'> }) {
  return ctx.db.channel.findMany({ select: channelSummarySelect, orderBy: { createdAt: 'asc' } });
}

export type ChannelSummary = Awaited<ReturnType<typeof listChannels>>[number];
