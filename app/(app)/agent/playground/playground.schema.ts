import { z } from 'zod';

/** A "JSON in one form field" value, parsed and then validated by `schema` (issue paths stay relative to the field). */
function jsonField<Schema extends z.ZodType>(schema: Schema, label: string) {
  return z
    .string()
    .max(2_000_000, `${label} is too large.`)
    .transform((value, ctx) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: `${label} could not be read. Reset the conversation.` });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

export const playgroundTurnSchema = z.object({
  role: z.enum(['customer', 'business']),
  text: z.string().trim().min(1, 'Write a message.').max(2000, 'Messages are at most 2,000 characters.'),
  /** When it was written (the reply limit counts the last hour); now when absent. */
  at: z.iso.datetime({ offset: true }).optional(),
  /** For agent turns: the reply did not answer the question (counts towards the unresolved-turns handoff). */
  unresolved: z.boolean().optional(),
});
export type PlaygroundTurn = z.infer<typeof playgroundTurnSchema>;

/**
 * One question to the playground agent. The whole conversation is sent each time (nothing is stored);
 * `draftSettings` is the Settings form's unsaved state, validated with agentSettingsSchema by the server.
 */
export const playgroundAskSchema = z.strictObject({
  turns: jsonField(
    z
      .array(playgroundTurnSchema)
      .min(1, 'Write a message.')
      .max(40, 'The conversation is too long for the playground. Reset it.')
      .refine((turns) => turns.length === 0 || turns.at(-1)?.role === 'customer', 'The last message must be the customer’s.'),
    'The conversation',
  ),
  settingsSource: z.enum(['saved', 'draft'], { message: 'Choose saved settings or unsaved changes.' }),
  draftSettings: z.string().max(2_000_000, 'The unsaved settings are too large.').optional(),
  channelId: z.union([z.literal(''), z.uuid('Choose a channel.')]).optional(),
  commentThread: z
    .enum(['true', 'false', 'on'])
    .optional()
    .transform((value) => value === 'true' || value === 'on'),
});
export type PlaygroundAskInput = z.infer<typeof playgroundAskSchema>;
