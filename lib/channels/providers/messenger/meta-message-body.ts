// The `message` object shared by the Messenger and Instagram Send APIs (meta-platform.md §c).
import type { OutboundContent } from '../../channel-provider';

const attachmentType = { image: 'image', video: 'video', audio: 'audio', document: 'file' } as const;

export function metaMessageBody(content: OutboundContent): Record<string, unknown> {
  if (content.type === 'text') return { text: content.text };
  if (content.type === 'choices') return { text: content.text, quick_replies: content.choices.map((c) => ({ content_type: 'text', title: c.title, payload: c.id })) };
  if (content.type === 'media') return { attachment: { type: attachmentType[content.kind], payload: { url: content.url } } };
  // Templates are a WhatsApp concept; the queue refuses them for IG/Messenger before this point.
  throw new Error('Message templates can only be sent on WhatsApp');
}
