import { z } from 'zod';
import { defineJob } from '../define-job';

/** Queued for the end of a closed workspace's grace period; re-checks before erasing. */
export const eraseClosedWorkspaceJob = defineJob({
  name: 'erase-closed-workspace',
  payload: z.strictObject({ workspaceId: z.uuid() }),
  retry: { limit: 5, delaySeconds: 300 },
  timeoutSeconds: 3_600,
  async handler(payload, { log }) {
    const { eraseClosedWorkspace } = await import('../../workspaces/erase-closed-workspace');
    log.info({ workspaceId: payload.workspaceId, result: await eraseClosedWorkspace(payload) }, 'workspace erasure checked');
  },
});
