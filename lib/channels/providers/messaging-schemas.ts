// zod shapes of the IG/Messenger `messaging[]` webhook items (meta-platform.md §b). Loose on
// purpose: unknown fields are kept (raw), only what we read is checked.
import { z } from 'zod';

const idRef = z.looseObject({ id: z.string() });

export const messagingAttachmentSchema = z.looseObject({
  type: z.string(),
  payload: z.looseObject({ url: z.string().optional(), title: z.string().optional(), sticker_id: z.union([z.number(), z.string()]).optional() }).nullish(),
});

export const messagingItemSchema = z.looseObject({
  sender: idRef,
  recipient: idRef,
  timestamp: z.number(),
  message: z
    .looseObject({
      mid: z.string(),
      text: z.string().optional(),
      is_echo: z.boolean().optional(),
      is_deleted: z.boolean().optional(),
      is_unsupported: z.boolean().optional(),
      attachments: z.array(messagingAttachmentSchema).optional(),
      reply_to: z.looseObject({ mid: z.string().optional(), story: z.looseObject({ id: z.string().optional(), url: z.string().optional() }).optional() }).optional(),
      quick_reply: z.looseObject({ payload: z.string() }).optional(),
    })
    .optional(),
  postback: z.looseObject({ mid: z.string().optional(), title: z.string().optional(), payload: z.string().optional() }).optional(),
  reaction: z.looseObject({ mid: z.string(), action: z.enum(['react', 'unreact']), reaction: z.string().optional(), emoji: z.string().optional() }).optional(),
  read: z.looseObject({ mid: z.string().optional(), watermark: z.number().optional() }).optional(),
  delivery: z.looseObject({ mids: z.array(z.string()).optional(), watermark: z.number().optional() }).optional(),
});

export const commentChangeSchema = z.looseObject({
  field: z.string(),
  value: z.looseObject({
    id: z.string(),
    text: z.string().optional(),
    from: z.looseObject({ id: z.string(), username: z.string().optional() }),
    media: z.looseObject({ id: z.string(), media_product_type: z.string().optional() }).optional(),
    parent_id: z.string().optional(),
  }),
});

export const messagingEntrySchema = z.looseObject({
  id: z.string(),
  time: z.number().optional(),
  messaging: z.array(z.unknown()).optional(),
  changes: z.array(z.unknown()).optional(),
});

export type MessagingItem = z.infer<typeof messagingItemSchema>;
