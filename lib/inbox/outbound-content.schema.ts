// What an operator or the AI may send, shared by the send path and the composer forms.
import { z } from 'zod';
import type { ChannelType } from '../generated/prisma/enums';

/** IG's limit is commonly 1000 characters (meta-platform.md §c); Messenger's is 2000, so 1000 fits both. WhatsApp text bodies take 4096. */
export const textLimitFor = (channelType: ChannelType) => (channelType === 'whatsapp' ? 4096 : 1000);

/** "\r\n" and lone "\r" → "\n": what a browser posts for a textarea is not what the person typed. */
export const normaliseLineBreaks = (text: string) => text.replace(/\r\n?/g, '\n');

const mediaUrl = z.url({ protocol: /^https?$/, message: 'Use an http(s) link to the file' });

export function outboundContentSchemaFor(channelType: ChannelType) {
  const limit = textLimitFor(channelType);
  const text = z.strictObject({
    type: z.literal('text'),
    text: z.string().transform(normaliseLineBreaks).pipe(z.string().trim().min(1, 'Write a message first').max(limit, `Keep it to ${limit} characters or fewer`)),
  });
  const media = z.strictObject({
    type: z.literal('media'),
    kind: z.enum(['image', 'video', 'audio', 'document']),
    url: mediaUrl,
    fileName: z.string().trim().min(1).max(240).optional(),
  });
  const template = z.strictObject({
    type: z.literal('template'),
    name: z.string().regex(/^[a-z0-9_]{1,512}$/, 'Not a WhatsApp template name'),
    language: z.string().regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, 'Not a template language code'),
    variables: z.array(z.string().trim().min(1, 'Fill in every variable').max(1024)).max(50).default([]),
  });
  // A question with tappable answers: quick replies on IG/Messenger (title ≤ 20 characters, up
  // to 13), an interactive list on WhatsApp (row title ≤ 24, up to 10). Used by the CSAT survey.
  const choices = z.strictObject({
    type: z.literal('choices'),
    text: z.string().trim().min(1, 'Write a message first').max(Math.min(limit, 1024), 'Keep the question shorter'),
    choices: z.array(z.strictObject({ id: z.string().min(1).max(200), title: z.string().trim().min(1).max(20) })).min(1).max(10),
  });
  return z.discriminatedUnion('type', [text, media, template, choices]);
}

/** Channel-independent shape (loosest limits); narrow with outboundContentSchemaFor before sending. */
export const outboundContentSchema = outboundContentSchemaFor('whatsapp');
export type OutboundContentInput = z.input<typeof outboundContentSchema>;
