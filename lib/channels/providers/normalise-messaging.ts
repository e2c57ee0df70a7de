// Instagram DMs and Messenger share the Messenger Platform `messaging[]` shape
// (meta-platform.md §b), so both providers normalise through this one function; only the
// IG-specific parts (story mentions/replies, comments) differ and are handled here by flag.
import { safeLinkUrl } from '../../http/safe-link-url';
import type { NormalisedEvent, NormalisedMessage } from '../channel-provider';
import { messagingEntrySchema, messagingItemSchema, type MessagingItem } from './messaging-schemas';

const attachmentKinds: Record<string, NormalisedMessage['kind']> = {
  image: 'image',
  video: 'video',
  audio: 'audio',
  file: 'document',
  share: 'share',
  ig_reel: 'share',
  reel: 'share',
  story_mention: 'story_mention',
  sticker: 'sticker',
  location: 'location',
};

export const READ_WATERMARK_PREFIX = 'watermark:';

export function emptyEvent(): NormalisedEvent {
  return { messages: [], statuses: [], deletions: [], skipped: [] };
}

/** One `entry` of an IG or Messenger delivery → messages, statuses and deletions. */
export function normaliseMessagingEntry(unit: unknown, channel: { externalId: string }, options: { instagram: boolean }): NormalisedEvent {
  const entry = messagingEntrySchema.parse(unit);
  const out = emptyEvent();
  for (const rawItem of entry.messaging ?? []) {
    const item = messagingItemSchema.parse(rawItem);
    normaliseItem(item, rawItem, channel, options, out);
  }
  return out;
}

function normaliseItem(item: MessagingItem, rawItem: unknown, channel: { externalId: string }, options: { instagram: boolean }, out: NormalisedEvent): void {
  const sentAt = new Date(item.timestamp); // IG/Messenger timestamps are ms
  const fromBusiness = item.sender.id === channel.externalId;
  const contactExternalId = fromBusiness ? item.recipient.id : item.sender.id;

  if (item.read) {
    // Read receipts: everything we sent up to that point is read (watermark for Messenger, mid for IG).
    // A read receipt covers every earlier outbound message too; the store applies it "up to".
    // Messenger may send only a watermark (ms): encoded as `watermark:<contact>:<ms>`.
    const externalId = item.read.mid ?? `${READ_WATERMARK_PREFIX}${contactExternalId}:${item.read.watermark ?? item.timestamp}`;
    out.statuses.push({ externalId, status: 'read', occurredAt: sentAt });
    return;
  }
  if (item.delivery) {
    for (const mid of item.delivery.mids ?? []) out.statuses.push({ externalId: mid, status: 'delivered', occurredAt: sentAt });
    if (!item.delivery.mids?.length) out.skipped.push({ reason: 'delivery watermark without mids' });
    return;
  }
  if (item.reaction) {
    const emoji = item.reaction.action === 'unreact' ? null : (item.reaction.emoji ?? item.reaction.reaction ?? null);
    out.messages.push({
      externalId: `reaction:${item.reaction.mid}:${contactExternalId}`,
      contactExternalId,
      direction: fromBusiness ? 'outbound' : 'inbound',
      sender: fromBusiness ? 'native_app' : 'customer',
      kind: 'reaction',
      text: emoji,
      details: { targetExternalId: item.reaction.mid, emoji, action: item.reaction.action, reaction: item.reaction.reaction ?? null },
      sentAt,
    });
    return;
  }
  if (item.postback) {
    out.messages.push({
      externalId: item.postback.mid ?? `postback:${contactExternalId}:${item.timestamp}`,
      contactExternalId,
      direction: 'inbound',
      sender: 'customer',
      kind: 'postback',
      text: item.postback.title ?? null,
      details: { payload: item.postback.payload ?? null, title: item.postback.title ?? null },
      sentAt,
    });
    return;
  }
  const message = item.message;
  if (!message) {
    out.skipped.push({ reason: 'messaging item without a message' });
    return;
  }
  if (message.is_deleted) {
    out.deletions.push({ externalId: message.mid, occurredAt: sentAt });
    return;
  }
  const base = {
    externalId: message.mid,
    contactExternalId,
    direction: fromBusiness ? ('outbound' as const) : ('inbound' as const),
    // An echo is something the business sent: from our API (already stored by mid) or from
    // the native IG/Messenger app; store-normalised-event keeps the existing row if known.
    sender: fromBusiness ? ('native_app' as const) : ('customer' as const),
    sentAt,
  };
  if (message.is_unsupported) {
    out.messages.push({ ...base, kind: 'unsupported', text: null, raw: rawItem, details: { reason: 'is_unsupported' } });
    return;
  }
  const attachments = message.attachments ?? [];
  const first = attachments[0];
  let kind: NormalisedMessage['kind'] = 'text';
  const details: Record<string, unknown> = {};
  const media: NonNullable<NormalisedMessage['media']> = [];
  let raw: unknown;

  if (first) {
    const mapped = attachmentKinds[first.type];
    if (!mapped) {
      kind = 'unsupported';
      raw = rawItem;
      details.unsupportedType = first.type;
    } else {
      kind = mapped;
      for (const attachment of attachments) {
        // Stored only if it is an http(s) URL: these become links and media sources in the inbox.
        const url = safeLinkUrl(attachment.payload?.url);
        const mediaKind = attachmentKinds[attachment.type] ?? attachment.type;
        if (attachment.type === 'share' || attachment.type === 'ig_reel' || attachment.type === 'reel') {
          details.share = { url, title: attachment.payload?.title ?? null, type: attachment.type };
          continue;
        }
        if (!url) continue;
        // IG policy: story media must not be copied, only linked (meta-platform.md §c).
        const remoteOnly = attachment.type === 'story_mention';
        media.push({ kind: mediaKind === 'story_mention' ? 'image' : mediaKind, sourceUrl: url, remoteOnly });
      }
      if (kind === 'story_mention') details.storyUrl = safeLinkUrl(first.payload?.url);
    }
  }
  if (message.reply_to?.story) {
    kind = options.instagram ? 'story_reply' : kind;
    details.story = { id: message.reply_to.story.id ?? null, url: safeLinkUrl(message.reply_to.story.url) };
  } else if (message.reply_to?.mid) {
    details.replyToExternalId = message.reply_to.mid;
  }
  if (message.quick_reply) details.quickReplyPayload = message.quick_reply.payload;
  if (!first && message.text === undefined && !message.reply_to?.story) {
    kind = 'unsupported';
    raw = rawItem;
  }
  out.messages.push({ ...base, kind, text: message.text ?? null, details: Object.keys(details).length ? details : undefined, raw, media: media.length ? media : undefined });
}
