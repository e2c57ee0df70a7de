// The /dev/meta console's "play the customer": builds the webhook Meta would send for a DM,
// comment, image or voice note, delivers it signed to the app and returns the app's answer.
import {
  buildInstagramComment, buildInstagramDm, buildMessengerMessage, buildWhatsAppImage, buildWhatsAppText, buildWhatsAppVoice, newCommentId,
} from './build-webhook-payloads';
import { deliverWebhook, type WebhookResult } from './deliver-webhook';
import { ensureSimulatorSeeded, simCdnUrl, type SimAccount, type SimCustomer } from './ensure-simulator-seeded';
import type { SimComment } from './handlers/instagram-graph';
import type { SendAsCustomerInput } from './send-as-customer.schema';
import { SAMPLE_MEDIA } from './sample-media';
import { createSimMedia } from './sim-media';
import { getSimRecord, putSimRecord } from './simulator-store';
import { AppError } from '../errors';

export async function sendAsCustomer(input: SendAsCustomerInput): Promise<WebhookResult & { payload: unknown }> {
  await ensureSimulatorSeeded();
  const account = await getSimRecord<SimAccount>('account', input.accountId);
  const expected = { instagram: 'instagram', messenger: 'page', whatsapp: 'phone_number' } as const;
  if (!account || account.type !== expected[input.channel]) throw new AppError('bad_request', 'That simulated account does not belong to this channel.');

  let customer = await getSimRecord<SimCustomer>('customer', input.customerId);
  if (!customer || input.customerName) {
    const name = input.customerName || customer?.name || `Customer ${input.customerId.slice(-4)}`;
    const [firstName = name, ...last] = name.split(' ');
    customer = { channel: input.channel, id: input.customerId, name, username: customer?.username ?? name.toLowerCase().replace(/[^a-z0-9]+/g, '.'), firstName, lastName: last.join(' ') };
    await putSimRecord('customer', customer.id, customer);
  }
  const text = input.text.trim() ? input.text : undefined;
  const media = input.kind === 'image' || input.kind === 'voice' ? await createSimMedia(input.kind === 'image' ? SAMPLE_MEDIA.image : SAMPLE_MEDIA.voice) : null;
  const attachments = media ? [{ type: input.kind === 'image' ? ('image' as const) : ('audio' as const), url: simCdnUrl(media.id) }] : undefined;

  const now = new Date(Date.now() - input.ageHours * 3_600_000);
  let payload: unknown;
  if (account.type === 'instagram') {
    if (input.kind === 'comment') {
      const commentId = newCommentId();
      const username = customer.username ?? 'customer';
      const comment: SimComment = { igAccountId: account.id, fromId: customer.id, username, text: input.text, mediaId: '18000000000000101', createdAt: now.toISOString() };
      await putSimRecord('comment', commentId, comment);
      payload = buildInstagramComment({ igAccountId: account.id, from: { id: customer.id, username }, text: input.text, mediaId: comment.mediaId, commentId, now });
    } else {
      payload = buildInstagramDm({ igAccountId: account.id, senderId: customer.id, text: media ? undefined : text, attachments, now });
    }
  } else if (account.type === 'page') {
    payload = buildMessengerMessage({ pageId: account.id, psid: customer.id, text: media ? undefined : text, attachments, now });
  } else if (account.type === 'phone_number') {
    const envelope = { wabaId: account.wabaId, phoneNumberId: account.id, displayPhoneNumber: account.displayPhoneNumber, from: customer.id, name: customer.name, now };
    payload = !media
      ? buildWhatsAppText({ ...envelope, body: input.text })
      : input.kind === 'image'
        ? buildWhatsAppImage({ ...envelope, mediaId: media.id, sha256: media.sha256, mimeType: media.mimeType, caption: text })
        : buildWhatsAppVoice({ ...envelope, mediaId: media.id, sha256: media.sha256 });
  }
  const result = await deliverWebhook(payload);
  return { ...result, payload };
}
