import { z } from 'zod';

export const sendAsCustomerSchema = z
  .object({
    channel: z.enum(['instagram', 'messenger', 'whatsapp']),
    accountId: z.string().regex(/^\d{5,20}$/, 'Pick a simulated account'),
    customerId: z.string().trim().regex(/^\d{5,20}$/, 'Customer ids are digits (IGSID, PSID or WhatsApp number)'),
    customerName: z.string().trim().max(80).optional().default(''),
    kind: z.enum(['text', 'comment', 'image', 'voice']),
    text: z.string().max(2000, 'Keep it under 2,000 characters').optional().default(''),
    /** Backdates the message (Meta's timestamp), to test the 24-hour and 7-day windows. */
    ageHours: z.preprocess((v) => (v === '' || v === undefined ? 0 : v), z.coerce.number().int('Whole hours').min(0).max(720, 'At most 720 hours (30 days)')).optional().default(0),
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.kind === 'text' || v.kind === 'comment') && !v.text.trim()) ctx.addIssue({ code: 'custom', path: ['text'], message: 'Type a message' });
    if (v.kind === 'comment' && v.channel !== 'instagram') ctx.addIssue({ code: 'custom', path: ['kind'], message: 'Comments exist on Instagram only' });
  });

export type SendAsCustomerInput = z.infer<typeof sendAsCustomerSchema>;

export const setSwitchSchema = z
  .object({
    accountId: z.string().regex(/^\d{5,20}$/),
    switch: z.enum(['expireTokens', 'rateLimitNextSend', 'windowClosed']),
    on: z.enum(['true', 'false']).transform((v) => v === 'true'),
  })
  .strict();
