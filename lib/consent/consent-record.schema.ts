import { z } from 'zod';

/** POST /api/consent body: what the banner sends after a choice. */
export const consentRecordInputSchema = z.strictObject({
  consentId: z.uuid(),
  action: z.enum(['accept_all', 'reject_all', 'customise']),
  analytics: z.boolean(),
  advertising: z.boolean(),
  gpc: z.boolean().default(false),
  policyVersion: z.string().min(1).max(40),
});
export type ConsentRecordInput = z.infer<typeof consentRecordInputSchema>;
