import { AppError } from '../errors';
import type { WorkspaceContext } from '../workspaces/context';
import { channelSummarySelect } from './list-channels';

export async function getChannelOrThrow({ ctx, id }: { ctx: Pick<WorkspaceContext, 'db'>; id: string }) {
  const channel = await ctx.db.channel.findFirst({ where: { id }, select: channelSummarySelect });
  if (!channel) throw new AppError('not_found', 'Channel not found.');
  return channel;
}
