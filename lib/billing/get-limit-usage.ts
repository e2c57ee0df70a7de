// One limit's usage for the pages where it bites (Team: seats, Channels: connected channels).
import { countConnectedChannels, countSeatsUsed } from './count-plan-usage';
import { getWorkspaceBilling } from './get-workspace-billing';

export type LimitUsage = { used: number; limit: number; planName: string };

export async function getLimitUsage(options: { workspaceId: string; limit: 'seats' | 'channels' }): Promise<LimitUsage> {
  const { access } = await getWorkspaceBilling({ workspaceId: options.workspaceId });
  const used = options.limit === 'seats' ? await countSeatsUsed(options.workspaceId) : await countConnectedChannels(options.workspaceId);
  return { used, limit: options.limit === 'seats' ? access.plan.seats : access.plan.channels, planName: access.plan.name };
}
