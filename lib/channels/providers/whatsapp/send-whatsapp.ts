// WhatsApp Cloud API: POST /{phone_number_id}/messages with the business token. Free-form text
// and media only inside the 24-hour window; templates at any time (meta-platform.md §c, §d).
import { graphBaseUrlFor } from '../../../meta/graph-base-url';
import { graphRequest } from '../../../meta/graph-request';
import type { ChannelForSend, OutboundContent, SendTarget } from '../../channel-provider';

export function whatsappMessageBody(to: string, content: OutboundContent): Record<string, unknown> {
  const base = { messaging_product: 'whatsapp', recipient_type: 'individual', to };
  if (content.type === 'text') return { ...base, type: 'text', text: { body: content.text, preview_url: false } };
  if (content.type === 'choices') {
    // Reply buttons allow three; a list holds ten rows, so more choices go in a list.
    const interactive = content.choices.length <= 3
      ? { type: 'button', body: { text: content.text }, action: { buttons: content.choices.map((c) => ({ type: 'reply', reply: { id: c.id, title: c.title } })) } }
      : { type: 'list', body: { text: content.text }, action: { button: 'Choose', sections: [{ title: 'Choose one', rows: content.choices.map((c) => ({ id: c.id, title: c.title })) }] } };
    return { ...base, type: 'interactive', interactive };
  }
  if (content.type === 'media') {
    const media: Record<string, string> = { link: content.url };
    if (content.kind === 'document' && content.fileName) media.filename = content.fileName;
    return { ...base, type: content.kind, [content.kind]: media };
  }
  return {
    ...base,
    type: 'template',
    template: {
      name: content.name,
      language: { code: content.language },
      ...(content.variables.length ? { components: [{ type: 'body', parameters: content.variables.map((text) => ({ type: 'text', text })) }] } : {}),
    },
  };
}

export async function sendWhatsApp(channel: ChannelForSend, target: SendTarget, content: OutboundContent): Promise<{ externalId: string }> {
  const result = await graphRequest<{ messages?: { id?: string }[] }>({
    baseUrl: graphBaseUrlFor('whatsapp'),
    path: `/${encodeURIComponent(channel.phoneNumberId ?? channel.externalId)}/messages`,
    accessToken: channel.accessToken,
    json: whatsappMessageBody(target.recipientExternalId, content),
  });
  const id = result.messages?.[0]?.id;
  if (!id) throw new Error('WhatsApp accepted the message but returned no message id');
  return { externalId: id };
}
