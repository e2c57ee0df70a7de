// The demo workspace always shows an active free trial: each start of `npm run dev` (and the e2e
// server) gives it a fresh one, unless someone subscribed it through the stand-in meanwhile.
import { db } from '../db';
import { startWorkspaceTrial, trialEndFrom } from './start-workspace-trial';

export async function refreshDemoTrial(options: { workspaceId: string; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  await startWorkspaceTrial({ workspaceId: options.workspaceId, now });
  await db.workspaceBilling.updateMany({
    where: { workspaceId: options.workspaceId, stripeSubscriptionId: null },
    data: { trialEndsAt: trialEndFrom(now), trialEndingEmailedAt: null, trialEndedEmailedAt: null },
  });
}
