// Splits a verified delivery into routable units: IG/Messenger one per `entry` (routed by
// entry.id), WhatsApp one per entry×change (routed by phone_number_id) — meta-platform.md §b.
import { z } from 'zod';
import type { ChannelType } from '../../generated/prisma/enums';
import { channelTypeForObject, channelProviders } from '../../channels/providers/channel-providers';

export const webhookEnvelopeSchema = z.looseObject({
  object: z.string(),
  entry: z.array(z.looseObject({ id: z.string(), changes: z.array(z.unknown()).optional() })),
});

export type DeliveryUnit = { unitIndex: number; channelType: ChannelType; routingKey: string | null; payload: unknown };

export type SplitResult = { ok: true; object: string; units: DeliveryUnit[] } | { ok: false; object: string | null; error: string };

export function splitDelivery(rawBody: string): SplitResult {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch (error) {
    return { ok: false, object: null, error: `Invalid JSON: ${(error as Error).message}` };
  }
  const parsed = webhookEnvelopeSchema.safeParse(json);
  if (!parsed.success) {
    const object = typeof (json as { object?: unknown } | null)?.object === 'string' ? (json as { object: string }).object : null;
    return { ok: false, object, error: `Unexpected envelope: ${z.prettifyError(parsed.error)}` };
  }
  const { object, entry } = parsed.data;
  const channelType = channelTypeForObject[object];
  if (!channelType) return { ok: false, object, error: `Unsupported webhook object "${object}"` };
  const provider = channelProviders[channelType];
  const payloads: unknown[] =
    channelType === 'whatsapp' ? entry.flatMap((e) => (e.changes ?? []).map((change) => ({ id: e.id, change }))) : entry;
  const units = payloads.map((payload, unitIndex) => ({ unitIndex, channelType, routingKey: provider.routingKey(payload), payload: withoutNul(payload) }));
  return { ok: true, object, units };
}

/**
 * Postgres jsonb (and text) cannot hold U+0000, which JSON may carry as `\u0000`; it becomes
 * U+FFFD in the stored unit so one odd character cannot make a whole delivery unstorable.
 */
export function withoutNul(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('\u0000') ? value.replaceAll('\u0000', '\uFFFD') : value;
  if (Array.isArray(value)) return value.map(withoutNul);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [withoutNul(k) as string, withoutNul(v)]));
  return value;
}
