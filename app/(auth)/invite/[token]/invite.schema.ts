import { tokenSchema } from '@/lib/auth/auth-schemas';
import { z } from 'zod';
import { passwordSchema } from '@/lib/auth/password-policy';


export const acceptInviteSchema = z.strictObject({ token: tokenSchema });

export const inviteSignUpSchema = z.strictObject({
  token: tokenSchema,
  name: z.string().trim().min(1, 'Enter your name.').max(100, 'Use at most 100 characters.'),
  password: passwordSchema,
  terms: z.literal('on', { message: 'Confirm you are 16 or older and accept the terms.' }),
});
