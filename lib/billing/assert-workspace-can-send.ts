// Read-only for sending after an unpaid trial end or an ended/unpaid subscription. Inbound
// webhooks never come through here, so customers' messages keep being stored.
import { AppError } from '../errors';
import { sendingPausedMessage } from './billing-access';
import { getWorkspaceBilling } from './get-workspace-billing';

export async function assertWorkspaceCanSend(options: { workspaceId: string; now?: Date }): Promise<void> {
  const { access } = await getWorkspaceBilling(options);
  if (!access.canSend) throw new AppError('conflict', sendingPausedMessage(access.state), { code: 'billing_read_only' });
}
