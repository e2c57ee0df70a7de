// A verified Meta POST → one WebhookDelivery row (the raw bytes exactly as received), its
// WebhookEvent units and one job per routable unit, written by one statement. Nothing here
// throws on bad input: Meta retries non-200s for days and then disables the webhook, so bad
// bodies are kept as `malformed` deliveries, and units that cannot be stored as JSON as
// `malformed` events, for replay from the raw bytes.
import { generateUuidV7 } from '../../crypto/generate-uuid-v7';
import { logger } from '../../logger';
import { unsafeFindChannelRoutes } from './find-channel-routes';
import { insertDelivery, type EventRow } from './insert-delivery';
import { splitDelivery } from './split-delivery';

export type ReceiveResult = { deliveryId: string; status: 'accepted' | 'malformed'; queued: number; unroutable: number; malformed: number };

const utf8 = new TextDecoder('utf-8'); // not fatal: invalid sequences become U+FFFD for parsing; the bytes are stored as they are

export async function receiveDelivery(options: { body: Uint8Array | string }): Promise<ReceiveResult> {
  const rawBody = typeof options.body === 'string' ? Buffer.from(options.body, 'utf8') : options.body;
  const split = splitDelivery(typeof options.body === 'string' ? options.body : utf8.decode(options.body));
  const deliveryId = generateUuidV7();
  if (!split.ok) {
    await insertDelivery({ id: deliveryId, rawBody, object: split.object, status: 'malformed', error: split.error }, []);
    logger.warn({ deliveryId, object: split.object }, 'webhook delivery malformed (kept for replay)');
    return { deliveryId, status: 'malformed', queued: 0, unroutable: 0, malformed: 0 };
  }

  const channelType = split.units[0]?.channelType;
  const routes = channelType ? await unsafeFindChannelRoutes(channelType, split.units.map((unit) => unit.routingKey)) : new Map();
  const counts = { queued: 0, unroutable: 0, malformed: 0 };
  const events = split.units.map((unit): EventRow => {
    const route = unit.routingKey === null ? null : (routes.get(unit.routingKey) ?? null);
    const status = unit.malformed ? 'malformed' : route ? 'queued' : 'unroutable';
    counts[status]++;
    return {
      id: generateUuidV7(),
      unitIndex: unit.unitIndex,
      routingKey: unit.routingKey,
      channelId: route?.id ?? null,
      workspaceId: route?.workspaceId ?? null,
      payload: unit.payload,
      status,
      lastError: unit.malformed ?? (route ? null : `No connected ${unit.channelType} channel for ${unit.routingKey ?? '(no routing key)'}`),
    };
  });
  await insertDelivery({ id: deliveryId, rawBody, object: split.object, status: 'accepted', error: null }, events);
  if (counts.malformed) logger.warn({ deliveryId, object: split.object, malformed: counts.malformed }, 'webhook units malformed (kept for replay)');
  // Debug, not info: this is the hottest path, and the delivery row is the record of it.
  logger.debug({ deliveryId, object: split.object, ...counts }, 'webhook delivery received');
  return { deliveryId, status: 'accepted', ...counts };
}
