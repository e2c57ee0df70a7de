import { enqueue } from '../../jobs/enqueue';

/** One `process-webhook-event` job per event; the singleton key makes re-enqueueing harmless. */
export async function enqueueWebhookEvents(eventIds: string[]): Promise<void> {
  for (const eventId of eventIds) await enqueue('process-webhook-event', { eventId }, { singletonKey: eventId });
}
