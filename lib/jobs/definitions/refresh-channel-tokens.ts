import { z } from 'zod';
import { refreshChannelTokens } from '../../channels/refresh-channel-tokens';
import { defineJob } from '../define-job';

export const refreshChannelTokensJob = defineJob({
  name: 'refresh-channel-tokens',
  payload: z.strictObject({}),
  retry: { limit: 2, delaySeconds: 300 },
  schedule: '23 * * * *', // hourly, off the hour
  async handler(_payload, { log }) {
    const result = await refreshChannelTokens({ log });
    log.info(result, 'channel token refresh done');
  },
});
