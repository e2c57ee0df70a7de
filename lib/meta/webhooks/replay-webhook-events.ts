// Re-queues webhook events that did not make it: dead/failed ones go back to `queued` with a
// new job; unroutable ones are routed again first (the channel may have been connected since);
// malformed ones are split again from their delivery's raw bytes (a newer release may read
// what an older one could not).
import { channelTypeForObject } from '../../channels/providers/channel-providers';
import { db } from '../../db';
import type { Prisma } from '../../generated/prisma/client';
import type { WebhookEventStatus } from '../../generated/prisma/enums';
import { logger } from '../../logger';
import { requeueWebhookEvents } from './requeue-webhook-events';
import { splitDelivery } from './split-delivery';
import { unsafeFindChannelByRoutingKey } from './unsafe-find-channel-by-routing-key';

export const replayableStatuses = ['dead', 'failed', 'unroutable', 'queued', 'malformed'] as const satisfies readonly WebhookEventStatus[];
export type ReplayableStatus = (typeof replayableStatuses)[number];

export type ReplayResult = { requeued: number; stillUnroutable: number; stillMalformed?: number };

type Candidate = { id: string; status: WebhookEventStatus; object: string; routingKey: string | null; deliveryId: string; unitIndex: number };

/**
 * Unscoped on purpose when `workspaceId` is omitted (operator script, platform tooling);
 * the dashboard always passes the signed-in member's workspace.
 */
export async function replayWebhookEvents(options: { statuses?: ReplayableStatus[]; eventIds?: string[]; workspaceId?: string; limit?: number }): Promise<ReplayResult> {
  const events: Candidate[] = await db.webhookEvent.findMany({
    where: {
      status: { in: options.statuses ?? ['dead', 'failed'] },
      ...(options.eventIds ? { id: { in: options.eventIds } } : {}),
      ...(options.workspaceId ? { workspaceId: options.workspaceId } : {}),
    },
    select: { id: true, status: true, object: true, routingKey: true, deliveryId: true, unitIndex: true },
    orderBy: { createdAt: 'asc' },
    take: options.limit ?? 10_000,
  });
  const requeue: string[] = [];
  let stillUnroutable = 0;
  let stillMalformed = 0;
  const reparsed = await reparseMalformed(events.filter((e) => e.status === 'malformed'));
  for (const event of events) {
    const update: Prisma.WebhookEventUpdateInput = {};
    let routingKey = event.routingKey;
    if (event.status === 'malformed') {
      const unit = reparsed.get(event.id);
      if (!unit || unit.malformed) {
        stillMalformed++;
        continue;
      }
      routingKey = unit.routingKey;
      Object.assign(update, { payload: unit.payload as Prisma.InputJsonValue, routingKey, status: 'unroutable', lastError: `No connected ${unit.channelType} channel for ${routingKey ?? '(no routing key)'}` });
    }
    if (event.status === 'unroutable' || event.status === 'malformed') {
      const type = channelTypeForObject[event.object];
      const channel = type ? await unsafeFindChannelByRoutingKey(type, routingKey) : null;
      if (channel) {
        Object.assign(update, { channelId: channel.id, workspaceId: channel.workspaceId, lastError: null });
        requeue.push(event.id);
      } else {
        stillUnroutable++;
      }
    } else {
      requeue.push(event.id);
    }
    if (Object.keys(update).length) await db.webhookEvent.update({ where: { id: event.id }, data: update });
  }
  const requeued = await requeueWebhookEvents(requeue);
  logger.info({ requeued, stillUnroutable, stillMalformed, workspaceId: options.workspaceId }, 'webhook events replayed');
  return { requeued, stillUnroutable, ...(stillMalformed ? { stillMalformed } : {}) };
}

/** Splits each malformed event's delivery again (once per delivery) and picks the event's unit. */
async function reparseMalformed(events: Candidate[]) {
  const units = new Map<string, ReturnType<typeof unitsOf>[number]>();
  const deliveryIds = [...new Set(events.map((e) => e.deliveryId))];
  const utf8 = new TextDecoder('utf-8');
  for (const deliveryId of deliveryIds) {
    const delivery = await db.webhookDelivery.findUnique({ where: { id: deliveryId }, select: { rawBody: true } });
    if (!delivery) continue;
    const split = unitsOf(utf8.decode(delivery.rawBody));
    for (const event of events) if (event.deliveryId === deliveryId && split[event.unitIndex]) units.set(event.id, split[event.unitIndex]!);
  }
  return units;
}

function unitsOf(text: string) {
  const split = splitDelivery(text);
  return split.ok ? split.units : [];
}
