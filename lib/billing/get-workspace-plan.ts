// The plan whose limits apply to a workspace right now (contract shared with lib/privacy and
// others: keep the name and signature). A paid subscription's plan, else the free trial's —
// also after the trial or subscription ended, when sending is paused as well.
import { getWorkspaceBilling } from './get-workspace-billing';
import type { Plan } from './plans';

export async function getWorkspacePlan({ workspaceId }: { workspaceId: string }): Promise<Plan> {
  return (await getWorkspaceBilling({ workspaceId })).access.plan;
}
