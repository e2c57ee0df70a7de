// The Provider form and its server action share this schema. The API key is write-only: blank
// keeps the saved key, `removeKey` clears it; the key itself is never sent back to the browser.
import { z } from 'zod';
import { providerIds } from './agent-provider';

export const saveAgentConfigSchema = z
  .strictObject({
    provider: z.enum(providerIds, { message: 'Pick a provider.' }),
    // Blank = the provider's default model. Model ids are short slugs ("gpt-4o-mini",
    // "gemini-2.0-flash-001", "models/gemini-1.5-pro"); anything else is a typo or an injection.
    model: z
      .string()
      .trim()
      .max(100, 'Model must be at most 100 characters.')
      .regex(/^[A-Za-z0-9][\w.:/-]*$|^$/, 'Model ids use letters, digits, dots, dashes, colons and slashes only.')
      .optional()
      .transform((v) => v || null),
    apiKey: z
      .string()
      .trim()
      .max(500, 'That key is too long.')
      .regex(/^\S*$/, 'API keys contain no spaces.')
      .refine((v) => v === '' || v.length >= 8, 'That key is too short.')
      .optional()
      .transform((v) => v || null),
    removeKey: z
      .enum(['on', 'true', 'false', ''])
      .optional()
      .transform((v) => v === 'on' || v === 'true'),
  })
  .refine((v) => !(v.apiKey && v.removeKey), { path: ['apiKey'], message: 'Enter a new key or remove the saved one, not both.' })
  .refine((v) => !(v.apiKey && v.provider === 'offline'), { path: ['apiKey'], message: 'The built-in offline responder needs no key.' });

export type SaveAgentConfigInput = z.input<typeof saveAgentConfigSchema>;
export type SaveAgentConfigValues = z.output<typeof saveAgentConfigSchema>;
