// Webhook bodies shaped exactly like ../shared/fixtures/meta (meta-platform.md §b), with fresh
// ids and current timestamps: IG/Messenger in milliseconds (numbers), WhatsApp in seconds
// (strings), IG comment entries in seconds as in ig-comment.json.
import { randomBytes, randomInt } from 'node:crypto';
import { SIM } from './simulator-ids';

const digits = (n: number) => Array.from({ length: n }, () => randomInt(0, 10)).join('');

export const newInstagramMid = (igAccountId: string) =>
  Buffer.from(`ig_message_item:1:IGMessageID:${igAccountId}:${digits(39)}`).toString('base64url');
export const newMessengerMid = () => `m_${randomBytes(40).toString('base64url')}`;
export const newWamid = (waId: string) => `wamid.${Buffer.from(`\u0018\u000b${waId}\u0015\u0002\u0000\u0012\u0018\u0014${randomBytes(10).toString('hex').toUpperCase()}`).toString('base64')}`;
export const newCommentId = () => `179${digits(14)}`;

type IgAttachment = { type: 'image' | 'audio' | 'video' | 'file'; url: string };

export function buildInstagramDm(options: { igAccountId?: string; senderId?: string; text?: string; attachments?: IgAttachment[]; now?: Date }) {
  const igAccountId = options.igAccountId ?? SIM.instagram.id;
  const ms = (options.now ?? new Date()).getTime();
  const message: Record<string, unknown> = { mid: newInstagramMid(igAccountId) };
  if (options.text !== undefined) message.text = options.text;
  if (options.attachments?.length) message.attachments = options.attachments.map((a) => ({ type: a.type, payload: { url: a.url } }));
  return {
    object: 'instagram',
    entry: [{ id: igAccountId, time: ms, messaging: [{ sender: { id: options.senderId ?? SIM.customers.instagram.id }, recipient: { id: igAccountId }, timestamp: ms, message }] }],
  };
}

export function buildInstagramComment(options: { igAccountId?: string; from?: { id: string; username: string }; text: string; mediaId?: string; commentId?: string; now?: Date }) {
  const igAccountId = options.igAccountId ?? SIM.instagram.id;
  const from = options.from ?? { id: SIM.customers.instagram.id, username: SIM.customers.instagram.username };
  return {
    object: 'instagram',
    entry: [{
      id: igAccountId,
      time: Math.floor((options.now ?? new Date()).getTime() / 1000),
      changes: [{ field: 'comments', value: { id: options.commentId ?? newCommentId(), from, text: options.text, media: { id: options.mediaId ?? '18000000000000101', media_product_type: 'FEED' } } }],
    }],
  };
}

export function buildMessengerMessage(options: { pageId?: string; psid?: string; text?: string; attachments?: IgAttachment[]; now?: Date }) {
  const pageId = options.pageId ?? SIM.page.id;
  const ms = (options.now ?? new Date()).getTime();
  const message: Record<string, unknown> = { mid: newMessengerMid() };
  if (options.text !== undefined) message.text = options.text;
  if (options.attachments?.length) message.attachments = options.attachments.map((a) => ({ type: a.type, payload: { url: a.url } }));
  return {
    object: 'page',
    entry: [{ id: pageId, time: ms, messaging: [{ sender: { id: options.psid ?? SIM.customers.messenger.id }, recipient: { id: pageId }, timestamp: ms, message }] }],
  };
}

export const buildMessengerText = (options: { pageId?: string; psid?: string; text: string; now?: Date }) => buildMessengerMessage(options);

type WaEnvelopeOptions = { wabaId?: string; phoneNumberId?: string; displayPhoneNumber?: string; now?: Date };
type WaSender = WaEnvelopeOptions & { from?: string; name?: string };

function whatsAppEnvelope(options: WaEnvelopeOptions, value: Record<string, unknown>) {
  return {
    object: 'whatsapp_business_account',
    entry: [{
      id: options.wabaId ?? SIM.waba.id,
      changes: [{
        value: { messaging_product: 'whatsapp', metadata: { display_phone_number: options.displayPhoneNumber ?? SIM.phone.display, phone_number_id: options.phoneNumberId ?? SIM.phone.id }, ...value },
        field: 'messages',
      }],
    }],
  };
}

const waSeconds = (now?: Date) => String(Math.floor((now ?? new Date()).getTime() / 1000));

function whatsAppMessage(options: WaSender, type: string, content: Record<string, unknown>) {
  const from = options.from ?? SIM.customers.whatsapp.id;
  return whatsAppEnvelope(options, {
    contacts: [{ profile: { name: options.name ?? SIM.customers.whatsapp.name }, wa_id: from }],
    messages: [{ from, id: newWamid(from), timestamp: waSeconds(options.now), type, [type]: content }],
  });
}

export const buildWhatsAppText = (options: WaSender & { body: string }) => whatsAppMessage(options, 'text', { body: options.body });

export const buildWhatsAppImage = (options: WaSender & { mediaId: string; sha256: string; mimeType?: string; caption?: string }) =>
  whatsAppMessage(options, 'image', { ...(options.caption ? { caption: options.caption } : {}), mime_type: options.mimeType ?? 'image/png', sha256: options.sha256, id: options.mediaId });

export const buildWhatsAppVoice = (options: WaSender & { mediaId: string; sha256: string }) =>
  whatsAppMessage(options, 'audio', { mime_type: 'audio/ogg; codecs=opus', sha256: options.sha256, id: options.mediaId, voice: true });

export type WaStatusError = { code: number; title: string; message: string; details: string };

export function buildWhatsAppStatus(options: WaEnvelopeOptions & { wamid: string; status: 'sent' | 'delivered' | 'read' | 'failed'; recipientId?: string; error?: WaStatusError; conversationId?: string }) {
  const status: Record<string, unknown> = { id: options.wamid, status: options.status, timestamp: waSeconds(options.now), recipient_id: options.recipientId ?? SIM.customers.whatsapp.id };
  if (options.status === 'failed') {
    const e = options.error ?? { code: 131026, title: 'Message undeliverable', message: 'Message undeliverable', details: 'Message could not be delivered.' };
    status.errors = [{ code: e.code, title: e.title, message: e.message, error_data: { details: e.details }, href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/' }];
  } else if (options.status !== 'read') {
    status.conversation = { id: options.conversationId ?? randomBytes(16).toString('hex'), origin: { type: 'service' } };
    status.pricing = { billable: true, pricing_model: 'CBP', category: 'service' };
  }
  return whatsAppEnvelope(options, { statuses: [status] });
}
