// Re-queues webhook events that did not make it: dead/failed ones go back to `queued` with a
// new job; unroutable ones are routed again first (the channel may have been connected since).
import { channelTypeForObject } from '../../channels/providers/channel-providers';
import { db } from '../../db';
import type { WebhookEventStatus } from '../../generated/prisma/enums';
import { logger } from '../../logger';
import { enqueueWebhookEvents } from './enqueue-webhook-events';
import { unsafeFindChannelByRoutingKey } from './unsafe-find-channel-by-routing-key';

export const replayableStatuses = ['dead', 'failed', 'unroutable', 'queued'] as const satisfies readonly WebhookEventStatus[];
export type ReplayableStatus = (typeof replayableStatuses)[number];

export type ReplayResult = { requeued: number; stillUnroutable: number };

/**
 * Unscoped on purpose when `workspaceId` is omitted (operator script, platform tooling);
 * the dashboard always passes the signed-in member's workspace.
 */
export async function replayWebhookEvents(options: { statuses?: ReplayableStatus[]; eventIds?: string[]; workspaceId?: string; limit?: number }): Promise<ReplayResult> {
  const events = await db.webhookEvent.findMany({
    where: {
      status: { in: options.statuses ?? ['dead', 'failed'] },
      ...(options.eventIds ? { id: { in: options.eventIds } } : {}),
      ...(options.workspaceId ? { workspaceId: options.workspaceId } : {}),
    },
    select: { id: true, status: true, object: true, routingKey: true },
    orderBy: { createdAt: 'asc' },
    take: options.limit ?? 10_000,
  });
  const requeue: string[] = [];
  let stillUnroutable = 0;
  for (const event of events) {
    if (event.status === 'unroutable') {
      const type = channelTypeForObject[event.object];
      const channel = type ? await unsafeFindChannelByRoutingKey(type, event.routingKey) : null;
      if (!channel) {
        stillUnroutable++;
        continue;
      }
      await db.webhookEvent.update({ where: { id: event.id }, data: { channelId: channel.id, workspaceId: channel.workspaceId, status: 'queued', lastError: null } });
    } else {
      await db.webhookEvent.update({ where: { id: event.id }, data: { status: 'queued' } });
    }
    requeue.push(event.id);
  }
  await enqueueWebhookEvents(requeue);
  logger.info({ requeued: requeue.length, stillUnroutable, workspaceId: options.workspaceId }, 'webhook events replayed');
  return { requeued: requeue.length, stillUnroutable };
}
