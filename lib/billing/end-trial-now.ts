// Development only (/dev/stripe): ends a workspace's free trial now, to see the read-only state
// without waiting 14 days. The caller passes the signed-in owner's own workspace.
import { devToolsEnabled } from '../config/dev-tools-enabled';
import { db } from '../db';
import { AppError } from '../errors';
import { ensureWorkspaceBillingRow } from './get-workspace-billing';

export async function endTrialNowForDevelopment(options: { workspaceId: string; now?: Date }): Promise<void> {
  if (!devToolsEnabled()) throw new AppError('not_found', 'Not found');
  await ensureWorkspaceBillingRow(options.workspaceId);
  await db.workspaceBilling.update({ where: { workspaceId: options.workspaceId }, data: { trialEndsAt: options.now ?? new Date() } });
}
