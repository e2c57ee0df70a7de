import { z } from 'zod';

export const conversationIdSchema = z.strictObject({ conversationId: z.uuid('Not a conversation id') });
export const messageIdSchema = z.strictObject({ messageId: z.uuid('Not a message id') });
