// Raw Meta deliveries and their per-unit payloads are kept WEBHOOK_RAW_RETENTION_DAYS for replay,
// then deleted (events cascade with their delivery). Whatever was not processed by then is lost
// to replay on purpose: raw payloads hold message texts of people who never asked us to keep them.
import { deleteInBatches } from './delete-in-batches';

export async function sweepRawWebhooks(options: { days: number; now?: Date }): Promise<number> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.days * 86_400_000);
  return deleteInBatches('WebhookDelivery', `"receivedAt" < $1`, [cutoff], 1_000);
}
