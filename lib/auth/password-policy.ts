import { z } from 'zod';
import { commonPasswords } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 12; // OWASP ASVS L2 (2.1.1)
// argon2 hashes any length, but an unbounded input is a cheap CPU DoS.
export const PASSWORD_MAX_LENGTH = 128;

/**
 * The one problem to show for a password, most basic first: an empty field must read "Enter a
 * password", not "too repetitive" (zod runs every refinement after a failed length check, and
 * the form showed the last message).
 */
export function passwordProblem(value: string): string | null {
  if (!value) return 'Enter a password.';
  if (value.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (value.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (commonPasswords.has(value.toLowerCase())) return 'This password is too common. Choose something less guessable.';
  if (new Set(value).size < 4) return 'This password is too repetitive.';
  return null;
}

export const passwordSchema = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
