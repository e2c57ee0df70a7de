// Splits a verified delivery into routable units: IG/Messenger one per `entry` (routed by
// entry.id), WhatsApp one per entry×change (routed by phone_number_id) — meta-platform.md §b.
// Total over hostile input: every text it returns is storable (storable-json.ts), and a unit
// that cannot be stored as JSON comes back with `malformed` set instead of a payload.
import { z } from 'zod';
import type { ChannelType } from '../../generated/prisma/enums';
import { channelTypeForObject, channelProviders } from '../../channels/providers/channel-providers';
import { storableJson, storableText } from './storable-json';

export const webhookEnvelopeSchema = z.looseObject({
  object: z.string(),
  entry: z.array(z.looseObject({ id: z.string(), changes: z.array(z.unknown()).optional() })),
});

export type DeliveryUnit = {
  unitIndex: number;
  channelType: ChannelType;
  routingKey: string | null;
  /** The unit as jsonb will hold it; null when `malformed`. */
  payload: unknown;
  /** Why the unit cannot be stored as JSON (kept for replay from the delivery's raw bytes). */
  malformed: string | null;
};

export type SplitResult = { ok: true; object: string; units: DeliveryUnit[] } | { ok: false; object: string | null; error: string };

const MAX_ERROR_LENGTH = 2000;
const failed = (object: string | null, error: string): SplitResult => ({ ok: false, object: object === null ? null : storableText(object), error: storableText(error.slice(0, MAX_ERROR_LENGTH)) });

export function splitDelivery(rawBody: string): SplitResult {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch (error) {
    return failed(null, `Invalid JSON: ${(error as Error).message}`);
  }
  const parsed = webhookEnvelopeSchema.safeParse(json);
  if (!parsed.success) {
    const object = typeof (json as { object?: unknown } | null)?.object === 'string' ? (json as { object: string }).object : null;
    return failed(object, `Unexpected envelope: ${describeIssues(parsed.error)}`);
  }
  const { object, entry } = parsed.data;
  const channelType = channelTypeForObject[object];
  if (!channelType) return failed(object, `Unsupported webhook object "${object}"`);
  const provider = channelProviders[channelType];
  const payloads: unknown[] =
    channelType === 'whatsapp' ? entry.flatMap((e) => (e.changes ?? []).map((change) => ({ id: e.id, change }))) : entry;
  const units = payloads.map((raw, unitIndex): DeliveryUnit => {
    // Routing reads a few top-level fields, so it works even on a unit too deep to store.
    const key = provider.routingKey(raw);
    const storable = storableJson(raw);
    return {
      unitIndex,
      channelType,
      routingKey: key === null ? null : storableText(key),
      payload: storable.ok ? storable.value : null,
      malformed: storable.ok ? null : storable.reason,
    };
  });
  return { ok: true, object, units };
}

// zod's own pretty-printer quotes offending values; the first few paths and messages say enough.
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
