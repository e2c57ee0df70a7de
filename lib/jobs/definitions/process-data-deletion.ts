import { z } from 'zod';
import { processDataDeletionRequest } from '../../privacy/process-data-deletion-request';
import { defineJob } from '../define-job';

export const processDataDeletionJob = defineJob({
  name: 'process-data-deletion',
  payload: z.strictObject({ requestId: z.uuid() }),
  retry: { limit: 5, delaySeconds: 60 },
  async handler(payload, { log }) {
    const result = await processDataDeletionRequest({ requestId: payload.requestId });
    log.info({ requestId: payload.requestId, ...result }, 'data deletion request processed');
  },
});
