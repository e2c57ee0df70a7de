// Connected channels against the plan, checked before the Meta dialog opens and again when the
// connect flow stores the channel (under the workspace row lock, so parallel connects cannot overshoot).
// Reconnecting a channel that still holds its place never needs a new one.
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { connectError } from '../channels/connect-errors';
import { countConnectedChannels } from './count-plan-usage';
import { getWorkspaceBilling } from './get-workspace-billing';
import { checkChannelLimit } from './plan-limits';

export async function assertChannelAvailable(options: { workspaceId: string; tx?: Prisma.TransactionClient }): Promise<void> {
  const { workspaceId } = options;
  const client = options.tx ?? db;
  if (options.tx) await options.tx.$queryRaw`select id from "Workspace" where id = ${workspaceId}::uuid for update`;
  const { access } = await getWorkspaceBilling({ workspaceId });
  const check = checkChannelLimit({ plan: access.plan, connected: await countConnectedChannels(workspaceId, client) });
  // A connect-flow error: it ends in a redirect to /channels, which shows the message from the code.
  if (!check.ok) throw connectError('plan_channel_limit', { plan: access.plan.id });
}

/** Before the dialog: at the limit, only a reconnect of a channel that needs one can still succeed. */
export async function assertCanStartChannelConnect(options: { workspaceId: string }): Promise<void> {
  const needsReconnect = await db.channel.count({ where: { workspaceId: options.workspaceId, status: { in: ['token_expired', 'error'] } } });
  if (needsReconnect === 0) await assertChannelAvailable(options);
}
