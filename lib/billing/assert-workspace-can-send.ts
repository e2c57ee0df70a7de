// Read-only for sending after an unpaid trial end or an ended/unpaid subscription. Inbound
// webhooks never come through here, so customers' messages keep being stored.
import { AppError } from '../errors';
import { sendingPausedMessage, type BillingAccess } from './billing-access';
import { getWorkspaceBilling } from './get-workspace-billing';

/** `access`: what the caller just read (the agent turn); omitted, the billing row is read. */
export async function assertWorkspaceCanSend(options: { workspaceId: string; now?: Date; access?: BillingAccess }): Promise<void> {
  const access = options.access ?? (await getWorkspaceBilling(options)).access;
  if (!access.canSend) throw new AppError('conflict', sendingPausedMessage(access.state), { code: 'billing_read_only' });
}
