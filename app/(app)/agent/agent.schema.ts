import { z } from 'zod';

/** The /agent form posts the settings as one JSON field; saveAgentSettings validates them with agentSettingsSchema. */
export const saveAgentSettingsFormSchema = z.strictObject({
  settings: z.string().max(2_000_000, 'The settings are too large.').transform((value, ctx) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'The settings could not be read. Reload the page.' });
      return z.NEVER;
    }
  }),
  expectedVersion: z.coerce.number().int().min(0),
  note: z.string().trim().max(200, 'Note must be at most 200 characters.').optional(),
});

export const rollbackAgentSettingsFormSchema = z.strictObject({
  version: z.coerce.number().int().min(1),
  expectedVersion: z.coerce.number().int().min(0),
});
