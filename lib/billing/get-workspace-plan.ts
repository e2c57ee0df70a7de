// Contract with the billing branch: getWorkspacePlan({ workspaceId }) → the workspace's Plan.
// Minimal version for the privacy branch — replaced by the billing branch at merge. No
// subscriptions exist here, so every workspace is on the trial plan.
import { getPlan, type Plan } from './plans';

export async function getWorkspacePlan(options: { workspaceId: string }): Promise<Plan> {
  void options.workspaceId;
  return getPlan('trial');
}
