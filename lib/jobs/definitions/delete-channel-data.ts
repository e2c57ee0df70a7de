import { z } from 'zod';
import { deleteChannelData } from '../../channels/delete-channel-data';
import { defineJob } from '../define-job';

/** Queued by disconnectChannel with startAfter = the channel's deleteDataAfter. */
export const deleteChannelDataJob = defineJob({
  name: 'delete-channel-data',
  payload: z.strictObject({ channelId: z.uuid() }),
  retry: { limit: 5, delaySeconds: 60 },
  async handler(payload, { log }) {
    const result = await deleteChannelData({ channelId: payload.channelId });
    log.info({ channelId: payload.channelId, ...result }, result.deleted ? 'channel data deleted' : 'channel data deletion skipped');
  },
});
