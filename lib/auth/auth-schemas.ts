// Shared by the auth forms (client-side hints) and the server actions (the real check).
import { z } from 'zod';
import { planOptionSchema } from '../billing/billing.schema';
import { emailSchema } from './normalize-email';
import { browserTimeZoneSchema } from '../workspaces/time-zone.schema';
import { passwordSchema } from './password-policy';

const name = z.string().trim().min(1, 'Enter your name.').max(100, 'Use at most 100 characters.');

export const signUpSchema = z.strictObject({
  name,
  email: emailSchema,
  password: passwordSchema,
  workspaceName: z.string().trim().min(2, 'Use at least 2 characters.').max(80, 'Use at most 80 characters.'),
  acceptTerms: z.literal('on', { message: 'Please confirm you are 16 or older and accept the Terms and Privacy Policy.' }),
  /** The browser's time zone (hidden field): the new workspace's business hours start there. */
  timeZone: browserTimeZoneSchema,
  /** The plan the free trial converts to ("growth:yearly", from /pricing); billing remembers it. */
  plan: planOptionSchema,
});

export const logInSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password.').max(256),
  next: z.string().optional(),
});

export const forgotPasswordSchema = z.strictObject({ email: emailSchema });

export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'This link is not valid.');

export const resetPasswordSchema = z
  .strictObject({ token: tokenSchema, password: passwordSchema, confirmPassword: z.string() })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: 'The passwords do not match.' });

export const confirmTokenSchema = z.strictObject({ token: tokenSchema });

export const changePasswordSchema = z
  .strictObject({ currentPassword: z.string().min(1, 'Enter your current password.').max(256), password: passwordSchema, confirmPassword: z.string() })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: 'The passwords do not match.' });

export const changeEmailSchema = z.strictObject({ newEmail: emailSchema, currentPassword: z.string().min(1, 'Enter your current password.').max(256) });

export const revokeSessionSchema = z.strictObject({ sessionId: z.uuid() });

/** Only same-site relative paths may be used as a post-login destination (no open redirects). */
export function safeNextPath(next: string | undefined | null): string {
  return next && /^\/(?!\/)[\w\-/?=&.%]*$/.test(next) ? next : '/inbox';
}
