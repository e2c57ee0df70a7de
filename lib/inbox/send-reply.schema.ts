// The composer's form, shared by the client form and the send action. Flat fields because it
// travels as FormData; sendOperatorReply turns it into OutboundContent.
import { z } from 'zod';

const optionalUuid = z.preprocess((v) => (v === '' || v === null ? undefined : v), z.uuid().optional());

export const sendReplySchema = z.strictObject({
  conversationId: z.uuid(),
  /** Generated in the browser per message: a double submit queues one message. */
  clientId: z.uuid(),
  /** The newest message the operator saw; another operator's reply after it is a conflict. */
  lastSeenMessageId: optionalUuid,
  /** Set on the second submit after a conflict warning: "send anyway". */
  confirm: z.preprocess((v) => v === 'true' || v === 'on' || v === true, z.boolean()).default(false),
  type: z.enum(['text', 'template', 'media']).default('text'),
  mode: z.enum(['dm', 'comment_public', 'comment_private']).optional(),
  text: z.string().max(10_000).default(''),
  templateName: z.string().max(512).optional(),
  templateLanguage: z.string().max(16).optional(),
  variables: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(1024)).max(50)),
  uploadId: optionalUuid,
});
export type SendReplyInput = z.infer<typeof sendReplySchema>;
