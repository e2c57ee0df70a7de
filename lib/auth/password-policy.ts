import { z } from 'zod';
import { commonPasswords } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 12; // OWASP ASVS L2 (2.1.1)
// argon2 hashes any length, but an unbounded input is a cheap CPU DoS.
export const PASSWORD_MAX_LENGTH = 128;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`)
  .refine((value) => !commonPasswords.has(value.toLowerCase()), 'This password is too common. Choose something less guessable.')
  .refine((value) => new Set(value).size >= 4, 'This password is too repetitive.');
