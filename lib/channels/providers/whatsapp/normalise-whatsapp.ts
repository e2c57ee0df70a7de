// WhatsApp Cloud API `messages` change → messages and statuses (meta-platform.md §b).
// Timestamps are string seconds; media arrives as ids to download through Graph.
import { z } from 'zod';
import type { NormalisedEvent, NormalisedMessage } from '../../channel-provider';
import { cleanFileName } from '../../../media/clean-file-name';

const mediaSchema = z.looseObject({ id: z.string(), mime_type: z.string().optional(), sha256: z.string().optional(), caption: z.string().optional(), filename: z.string().optional(), voice: z.boolean().optional(), animated: z.boolean().optional() });

const messageSchema = z.looseObject({
  from: z.string(),
  id: z.string(),
  timestamp: z.string(),
  type: z.string(),
  context: z.looseObject({ id: z.string().optional(), from: z.string().optional() }).optional(),
});

const statusSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  timestamp: z.string(),
  recipient_id: z.string().optional(),
  errors: z.array(z.looseObject({ code: z.number(), title: z.string().optional(), message: z.string().optional() })).optional(),
});

export const whatsappUnitSchema = z.looseObject({
  id: z.string(),
  change: z.looseObject({
    field: z.string(),
    value: z.looseObject({
      metadata: z.looseObject({ phone_number_id: z.string() }).optional(),
      contacts: z.array(z.looseObject({ wa_id: z.string(), profile: z.looseObject({ name: z.string().optional() }).optional() })).optional(),
      messages: z.array(z.unknown()).optional(),
      statuses: z.array(z.unknown()).optional(),
    }),
  }),
});

const mediaTypes = { image: 'image', video: 'video', audio: 'audio', document: 'document', sticker: 'sticker' } as const;

const seconds = (value: string) => new Date(Number(value) * 1000);

export function normaliseWhatsapp(unit: unknown): NormalisedEvent {
  const { change } = whatsappUnitSchema.parse(unit);
  const out: NormalisedEvent = { messages: [], statuses: [], deletions: [], skipped: [] };
  if (change.field !== 'messages') {
    out.skipped.push({ reason: `change field ${change.field} not handled` });
    return out;
  }
  const names = new Map((change.value.contacts ?? []).map((c) => [c.wa_id, c.profile?.name ?? null]));
  for (const rawMessage of change.value.messages ?? []) {
    const message = messageSchema.parse(rawMessage);
    out.messages.push(normaliseMessage(message, rawMessage as Record<string, unknown>, names.get(message.from) ?? null));
  }
  for (const rawStatus of change.value.statuses ?? []) {
    const status = statusSchema.parse(rawStatus);
    if (status.status !== 'sent' && status.status !== 'delivered' && status.status !== 'read' && status.status !== 'failed') {
      out.skipped.push({ reason: `status ${status.status} not tracked` });
      continue;
    }
    const error = status.errors?.[0];
    out.statuses.push({
      externalId: status.id,
      status: status.status,
      occurredAt: seconds(status.timestamp),
      errorCode: error ? String(error.code) : null,
      errorTitle: error ? (error.title ?? error.message ?? null) : null,
    });
  }
  return out;
}

function normaliseMessage(message: z.infer<typeof messageSchema>, raw: Record<string, unknown>, contactName: string | null): NormalisedMessage {
  const base = { externalId: message.id, contactExternalId: message.from, contactName, direction: 'inbound' as const, sender: 'customer' as const, sentAt: seconds(message.timestamp) };
  const details: Record<string, unknown> = {};
  if (message.context?.id) details.replyToExternalId = message.context.id;
  const body = raw[message.type];
  const unsupported = (): NormalisedMessage => ({ ...base, kind: 'unsupported', text: null, raw, details: { ...details, type: message.type } });

  if (message.type === 'text') {
    const text = z.looseObject({ body: z.string() }).safeParse(body);
    return text.success ? { ...base, kind: 'text', text: text.data.body, details: orUndefined(details) } : unsupported();
  }
  if (message.type in mediaTypes) {
    const media = mediaSchema.safeParse(body);
    if (!media.success) return unsupported();
    const kind = mediaTypes[message.type as keyof typeof mediaTypes];
    if (media.data.voice) details.voice = true;
    return {
      ...base,
      kind,
      text: media.data.caption ?? null,
      details: orUndefined(details),
      media: [{ kind, mimeType: media.data.mime_type ?? null, externalMediaId: media.data.id, sha256: media.data.sha256 ?? null, fileName: media.data.filename ? cleanFileName(media.data.filename, { maxLength: 240, fallback: 'document' }) : null }],
    };
  }
  if (message.type === 'location') {
    const location = z.looseObject({ latitude: z.number(), longitude: z.number(), name: z.string().optional(), address: z.string().optional() }).safeParse(body);
    if (!location.success) return unsupported();
    return { ...base, kind: 'location', text: location.data.name ?? location.data.address ?? null, details: { ...details, location: location.data } };
  }
  if (message.type === 'contacts') {
    if (!Array.isArray(body)) return unsupported();
    return { ...base, kind: 'contacts', text: null, details: { ...details, contacts: body } };
  }
  if (message.type === 'interactive') {
    const interactive = z
      .looseObject({ type: z.string(), button_reply: z.looseObject({ id: z.string(), title: z.string() }).optional(), list_reply: z.looseObject({ id: z.string(), title: z.string(), description: z.string().optional() }).optional() })
      .safeParse(body);
    const reply = interactive.success ? (interactive.data.button_reply ?? interactive.data.list_reply) : undefined;
    if (!interactive.success || !reply) return unsupported();
    return { ...base, kind: 'interactive_reply', text: reply.title, details: { ...details, interactiveType: interactive.data.type, replyId: reply.id } };
  }
  if (message.type === 'button') {
    const button = z.looseObject({ text: z.string(), payload: z.string().optional() }).safeParse(body);
    if (!button.success) return unsupported();
    return { ...base, kind: 'button_reply', text: button.data.text, details: { ...details, payload: button.data.payload ?? null } };
  }
  if (message.type === 'reaction') {
    const reaction = z.looseObject({ message_id: z.string(), emoji: z.string().optional() }).safeParse(body);
    if (!reaction.success) return unsupported();
    // An empty emoji means the customer removed their reaction.
    const emoji = reaction.data.emoji ? reaction.data.emoji : null;
    return { ...base, externalId: `reaction:${reaction.data.message_id}:${message.from}`, kind: 'reaction', text: emoji, details: { ...details, targetExternalId: reaction.data.message_id, emoji, action: emoji ? 'react' : 'unreact' } };
  }
  // order, system, unknown, unsupported, ephemeral…: kept with the raw object for later.
  return unsupported();
}

const orUndefined = (details: Record<string, unknown>) => (Object.keys(details).length ? details : undefined);
