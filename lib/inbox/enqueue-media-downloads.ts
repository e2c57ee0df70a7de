import { getBoss } from '../jobs/boss';

/**
 * Queues `download-media` for each stored MessageMedia row. Sent through pg-boss directly
 * because the job is defined with the media code; the singleton key makes it idempotent.
 */
export async function enqueueMediaDownloads(mediaIds: string[]): Promise<void> {
  if (!mediaIds.length) return;
  const boss = await getBoss();
  // The queue may not exist yet in a process that has not registered the job.
  if (!(await boss.getQueue('download-media'))) await boss.createQueue('download-media', { name: 'download-media' });
  for (const mediaId of mediaIds) await boss.send('download-media', { mediaId }, { singletonKey: mediaId });
}
