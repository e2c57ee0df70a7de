import { enqueue } from '../jobs/enqueue';

/**
 * Queues `download-media` for each stored MessageMedia row through `enqueue`, so the job runner
 * is woken at once (locally or by NOTIFY) instead of at its safety-net poll; the singleton key
 * makes it idempotent.
 */
export async function enqueueMediaDownloads(mediaIds: string[]): Promise<void> {
  for (const mediaId of mediaIds) await enqueue('download-media', { mediaId }, { singletonKey: mediaId });
}
