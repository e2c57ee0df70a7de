import { z } from 'zod';

export const disconnectChannelSchema = z.strictObject({
  channelId: z.uuid(),
  deleteNow: z.literal('on').optional().transform((v) => v === 'on'),
});

export const selectMessengerPageSchema = z.strictObject({ pageId: z.string().regex(/^\d{1,32}$/, 'Choose a Page.') });
