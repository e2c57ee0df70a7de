import { z } from 'zod';
import { defineJob } from '../define-job';

/** A message carried a deletion proof code: confirm the request if the sender is its subject. */
export const checkDeletionProofJob = defineJob({
  name: 'check-deletion-proof',
  payload: z.strictObject({ workspaceId: z.uuid(), messageId: z.uuid() }),
  // A new Instagram contact's handle arrives with the profile job; retries wait for it.
  retry: { limit: 5, delaySeconds: 20 },
  async handler(payload, { log }) {
    const { checkDeletionProof } = await import('../../privacy/check-deletion-proof');
    const result = await checkDeletionProof(payload);
    log.info({ workspaceId: payload.workspaceId, messageId: payload.messageId, result }, 'deletion proof checked');
  },
});
