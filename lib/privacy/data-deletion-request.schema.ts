// The public data deletion form: who the requester is on a channel we serve. Shared by the
// form (field names, hints) and its server action.
import { z } from 'zod';

export const deletionIdentifierTypes = {
  instagram_username: { label: 'Instagram username', hint: 'The handle you wrote to the business from, e.g. @yourname.' },
  whatsapp_number: { label: 'WhatsApp number', hint: 'With country code, e.g. +49 151 2345 6789.' },
  email: { label: 'Email address', hint: 'The address you gave the business or used for a Relaydesk account.' },
} as const;

export type DeletionIdentifierType = keyof typeof deletionIdentifierTypes;

/** The form has one input per identifier type (CSS shows the chosen one), named like this. */
export const identifierFieldName = (type: DeletionIdentifierType) => `identifier_${type}` as const;

export const dataDeletionRequestSchema = z
  .strictObject({
    identifierType: z.enum(['instagram_username', 'whatsapp_number', 'email'], { message: 'Choose how we can find your data.' }),
    identifier: z.string({ message: 'Enter your handle, number or email.' }).trim().min(1, 'Enter your handle, number or email.').max(200),
  })
  .transform((v, ctx) => {
    const fail = (message: string) => {
      ctx.addIssue({ code: 'custom', path: ['identifier'], message });
      return z.NEVER;
    };
    if (v.identifierType === 'instagram_username') {
      const handle = v.identifier.replace(/^@/, '');
      return /^[A-Za-z0-9._]{1,30}$/.test(handle) ? { ...v, identifier: handle.toLowerCase() } : fail('An Instagram username has up to 30 letters, digits, dots and underscores.');
    }
    if (v.identifierType === 'whatsapp_number') {
      const digits = v.identifier.replace(/[\s().-]/g, '').replace(/^\+/, '');
      return /^\d{8,15}$/.test(digits) ? { ...v, identifier: digits } : fail('Enter the number with its country code, 8 to 15 digits.');
    }
    return z.email().safeParse(v.identifier).success ? { ...v, identifier: v.identifier.toLowerCase() } : fail('Enter a valid email address.');
  });

export type DataDeletionRequestInput = z.infer<typeof dataDeletionRequestSchema>;
