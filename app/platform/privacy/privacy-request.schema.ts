import { z } from 'zod';
import { dataDeletionRequestSchema } from '@/lib/privacy/data-deletion-request.schema';

/** Logging an email request: who (identifier), when the email came in, how identity was checked. */
export const logEmailRequestSchema = z
  .strictObject({
    identifierType: z.string(),
    identifier: z.string(),
    receivedOn: z.iso.date({ message: 'Enter the date the email arrived.' }),
    note: z.string().trim().min(3, 'Say who asked and how you checked it is them.').max(2000),
    verified: z.enum(['on']).optional(),
  })
  .transform((v, ctx) => {
    const parsed = dataDeletionRequestSchema.safeParse({ identifierType: v.identifierType, identifier: v.identifier });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      return z.NEVER;
    }
    return { input: parsed.data, receivedAt: new Date(`${v.receivedOn}T12:00:00Z`), note: v.note, verified: v.verified === 'on' };
  });

export const processRequestSchema = z.strictObject({ requestId: z.uuid() });
