import { z } from 'zod';
import { syncWhatsAppTemplates } from '../../templates/sync-whatsapp-templates';
import { defineJob } from '../define-job';

export const syncWhatsAppTemplatesJob = defineJob({
  name: 'sync-whatsapp-templates',
  payload: z.strictObject({ channelId: z.uuid() }),
  retry: { limit: 3, delaySeconds: 30 },
  timeoutSeconds: 300,
  async handler({ channelId }, { log }) {
    const result = await syncWhatsAppTemplates({ channelId });
    log.info({ channelId, ...(result ?? { skipped: true }) }, 'whatsapp templates synced');
  },
});
