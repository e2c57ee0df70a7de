import type { NormalisedEvent } from '../../channel-provider';
import { commentChangeSchema, messagingEntrySchema } from '../messaging-schemas';
import { normaliseMessagingEntry } from '../normalise-messaging';

const commentFields = new Set(['comments', 'live_comments']);

/**
 * An IG `entry`: DMs arrive in `messaging[]`, comments in `changes[]` with field
 * comments/live_comments (meta-platform.md §b). Entry time for changes is seconds.
 */
export function normaliseInstagram(unit: unknown, channel: { externalId: string }): NormalisedEvent {
  const entry = messagingEntrySchema.parse(unit);
  const out = normaliseMessagingEntry(unit, channel, { instagram: true });
  for (const rawChange of entry.changes ?? []) {
    const field = (rawChange as { field?: unknown } | null)?.field;
    if (typeof field !== 'string' || !commentFields.has(field)) {
      out.skipped.push({ reason: `change field ${String(field)} not handled` });
      continue;
    }
    const change = commentChangeSchema.parse(rawChange);
    // Our own public replies come back as comments too; never treat them as a customer's.
    if (change.value.from.id === entry.id || change.value.from.id === channel.externalId) {
      out.skipped.push({ reason: 'comment by the business itself' });
      continue;
    }
    const time = entry.time ?? Math.floor(Date.now() / 1000);
    const sentAt = new Date(time < 1e12 ? time * 1000 : time);
    const postId = change.value.media?.id ?? 'unknown';
    out.messages.push({
      externalId: change.value.id,
      contactExternalId: change.value.from.id,
      contactUsername: change.value.from.username ?? null,
      direction: 'inbound',
      sender: 'customer',
      kind: 'comment',
      text: change.value.text ?? null,
      details: { field, commentId: change.value.id, parentId: change.value.parent_id ?? null, mediaProductType: change.value.media?.media_product_type ?? null },
      post: { id: postId, productType: change.value.media?.media_product_type ?? null },
      sentAt,
    });
  }
  return out;
}
