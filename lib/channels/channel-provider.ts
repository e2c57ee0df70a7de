// One interface for Instagram, Messenger and WhatsApp; only boundary code branches on the
// channel type (house style). Each provider lives in lib/channels/providers/<type>/.
import type { ChannelType, MessageKind, MessageSender, MessageStatus } from '../generated/prisma/enums';

/** A customer-facing item normalised from a webhook, before it is stored. */
export type NormalisedMessage = {
  externalId: string;
  contactExternalId: string;
  contactName?: string | null;
  contactUsername?: string | null;
  direction: 'inbound' | 'outbound';
  sender: MessageSender;
  kind: MessageKind;
  text?: string | null;
  details?: Record<string, unknown>;
  raw?: unknown;
  sentAt: Date;
  /** IG comments: the post the comment thread belongs to. */
  post?: { id: string; productType?: string | null };
  media?: { kind: string; mimeType?: string | null; externalMediaId?: string | null; sourceUrl?: string | null; sha256?: string | null; fileName?: string | null; remoteOnly?: boolean }[];
};

export type NormalisedStatus = { externalId: string; status: Extract<MessageStatus, 'sent' | 'delivered' | 'read' | 'failed'>; occurredAt: Date; errorCode?: string | null; errorTitle?: string | null };
export type NormalisedDeletion = { externalId: string; occurredAt: Date };
export type NormalisedReaction = { targetExternalId: string; contactExternalId: string; emoji: string | null; occurredAt: Date };

/** What one webhook unit (entry or change) contains, after normalisation. */
export type NormalisedEvent = {
  messages: NormalisedMessage[];
  statuses: NormalisedStatus[];
  deletions: NormalisedDeletion[];
  /** Things deliberately not processed (read receipts we do not track, our own echoes…), with why. */
  skipped: { reason: string }[];
};

export type OutboundContent =
  | { type: 'text'; text: string }
  | { type: 'media'; kind: 'image' | 'video' | 'audio' | 'document'; url: string; fileName?: string }
  | { type: 'template'; name: string; language: string; variables: string[] }
  | { type: 'choices'; text: string; choices: { id: string; title: string }[] };

export type SendTarget = { recipientExternalId: string; commentId?: string; tag?: 'HUMAN_AGENT' };

export type ContactProfile = { name?: string | null; username?: string | null; avatarUrl?: string | null };

export interface ChannelProvider {
  type: ChannelType;
  /** The id webhooks for this unit are routed by (IG account id, Page id, phone_number_id). */
  routingKey(unit: unknown): string | null;
  normalise(unit: unknown, channel: { externalId: string }): NormalisedEvent;
  send(channel: ChannelForSend, target: SendTarget, content: OutboundContent): Promise<{ externalId: string }>;
  fetchProfile(channel: ChannelForSend, contactExternalId: string): Promise<ContactProfile>;
  /** Public reply under a comment (Instagram only). */
  replyToComment?(channel: ChannelForSend, commentId: string, text: string): Promise<{ externalId: string }>;
}

export type ChannelForSend = { id: string; type: ChannelType; externalId: string; accessToken: string; phoneNumberId?: string | null };
