// A verified Meta POST → one WebhookDelivery row (raw body exactly as received) and its
// WebhookEvent units, in one transaction; then one job per routable unit. Nothing here throws
// on bad input: Meta retries non-200s for days, so bad bodies are kept as `malformed` instead.
import { db } from '../../db';
import type { Prisma } from '../../generated/prisma/client';
import { logger } from '../../logger';
import { enqueueWebhookEvents } from './enqueue-webhook-events';
import { splitDelivery } from './split-delivery';
import { unsafeFindChannelByRoutingKey } from './unsafe-find-channel-by-routing-key';

export type ReceiveResult = { deliveryId: string; status: 'accepted' | 'malformed'; queued: number; unroutable: number };

export async function receiveDelivery(options: { rawBody: string }): Promise<ReceiveResult> {
  const split = splitDelivery(options.rawBody);
  // The body is stored byte-for-byte except a raw NUL, which Postgres text cannot hold (and
  // which is never valid inside JSON, so such a body is malformed anyway).
  const rawBody = options.rawBody.includes('\u0000') ? options.rawBody.replaceAll('\u0000', '\uFFFD') : options.rawBody;
  const { delivery, queuedIds, unroutable } = await db.$transaction(async (tx): Promise<{ delivery: { id: string }; queuedIds: string[]; unroutable: number }> => {
    const delivery = await tx.webhookDelivery.create({
      data: { rawBody, object: split.object, status: split.ok ? 'accepted' : 'malformed', error: split.ok ? null : split.error.slice(0, 2000) },
      select: { id: true },
    });
    if (!split.ok) return { delivery, queuedIds: [], unroutable: 0 };
    const rows: Prisma.WebhookEventCreateManyInput[] = [];
    for (const unit of split.units) {
      const channel = await unsafeFindChannelByRoutingKey(unit.channelType, unit.routingKey, tx);
      rows.push({
        deliveryId: delivery.id,
        unitIndex: unit.unitIndex,
        object: split.object,
        routingKey: unit.routingKey,
        channelId: channel?.id ?? null,
        workspaceId: channel?.workspaceId ?? null,
        payload: unit.payload as Prisma.InputJsonValue,
        status: channel ? 'queued' : 'unroutable',
        lastError: channel ? null : `No connected ${unit.channelType} channel for ${unit.routingKey ?? '(no routing key)'}`,
      });
    }
    const created = await tx.webhookEvent.createManyAndReturn({ data: rows, select: { id: true, status: true } });
    const queued = created.filter((e) => e.status === 'queued').map((e) => e.id);
    return { delivery, queuedIds: queued, unroutable: created.length - queued.length };
  });
  // After commit: a job must never point at a row that was rolled back. If enqueueing fails
  // the events stay `queued` and `npm run events:replay -- --status queued` picks them up.
  await enqueueWebhookEvents(queuedIds);
  const result: ReceiveResult = { deliveryId: delivery.id, status: split.ok ? 'accepted' : 'malformed', queued: queuedIds.length, unroutable };
  logger.info({ deliveryId: delivery.id, object: split.object, status: result.status, queued: result.queued, unroutable }, 'webhook delivery received');
  return result;
}
