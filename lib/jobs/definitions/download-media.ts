import { z } from 'zod';
import { downloadMedia } from '../../media/download-media';
import { defineJob } from '../define-job';

const retry = { limit: 4, delaySeconds: 15 };

export const downloadMediaJob = defineJob({
  name: 'download-media',
  payload: z.strictObject({ mediaId: z.uuid() }),
  retry,
  timeoutSeconds: 180,
  async handler({ mediaId }, { attempt, log }) {
    const outcome = await downloadMedia({ mediaId, finalAttempt: attempt > retry.limit, log });
    log.debug({ mediaId, outcome }, 'download-media done');
  },
});
