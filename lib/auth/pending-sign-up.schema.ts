// What the sign-up form hands to the complete-sign-up job. The password is already an argon2id
// hash, and even that is sealed with the token keyring: job rows outlive the request (pg-boss
// keeps finished jobs for days) and must not hold a usable credential in the clear.
import { z } from 'zod';
import { billingPeriodSchema, paidPlanIdSchema } from '../billing/plans';

export const pendingSignUpSchema = z.strictObject({
  /** One sign-up; also the id of the single email it sends, so a re-run never sends twice. */
  signUpId: z.uuid(),
  /** The id the new user gets, so a re-run recognises the account it created. */
  userId: z.uuid(),
  name: z.string().min(1).max(100),
  email: z.email(),
  workspaceName: z.string().min(1).max(80),
  /** IANA zone for the workspace (optional: jobs queued before it existed lack it → UTC). */
  timeZone: z.string().max(64).optional(),
  /** encryptToken(argon2id hash). */
  passwordHashSealed: z.string().min(1).max(1000),
  meta: z.strictObject({ ipAddress: z.string().max(64).nullable(), userAgent: z.string().max(512).nullable(), requestId: z.string().max(100).nullable() }),
  /** The plan picked on /pricing, which the new workspace's trial remembers for checkout. */
  plan: z.strictObject({ plan: paidPlanIdSchema, period: billingPeriodSchema }).optional(),
});

export type PendingSignUp = z.infer<typeof pendingSignUpSchema>;
