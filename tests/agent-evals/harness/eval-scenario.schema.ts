// The format of an eval scenario file (tests/agent-evals/*.json): one scenario or an array.
// Settings are partial overrides deep-merged onto defaultAgentSettings() and then validated with
// the real settings schema, so a scenario can never describe settings the product would refuse.
import { z } from 'zod';

export const evalChannelId = '00000000-0000-4000-8000-000000000001';

const phrases = z.array(z.string().min(1)).default([]);

export const evalScenarioSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().default(''),
    settings: z.record(z.string(), z.unknown()).default({}),
    knowledge: z.array(z.object({ fileName: z.string().min(1), text: z.string().min(1) })).default([]),
    turns: z.array(z.object({ role: z.enum(['customer', 'business']), text: z.string().min(1) })).min(1),
    /** Defaults to Wednesday 2026-11-25 10:00 UTC (inside the default business hours). */
    now: z.iso.datetime({ offset: true }).default('2026-11-25T10:00:00Z'),
    channel: z.enum(['instagram', 'messenger', 'whatsapp']).default('instagram'),
    conversationKind: z.enum(['direct', 'comment_thread']).default('direct'),
    repliesInLastHour: z.number().int().min(0).default(0),
    unresolvedTurns: z.number().int().min(0).default(0),
    expect: z.object({
      action: z.enum(['reply', 'handoff']),
      rule: z.string().optional(),
      /** Case- and accent-insensitive, in the text the customer would see (reply or handoff message). */
      mustMention: phrases,
      mustNotMention: phrases,
      disclosesAi: z.boolean().optional(),
      /** An active offer's code the reply must use. */
      usesOffer: z.string().optional(),
      /** A code (an expired or upcoming offer) that must appear in neither the reply nor the prompt. */
      mustNotUseOffer: z.string().optional(),
      /** BCP-47 tag of the reply language. */
      language: z.string().optional(),
      /** Strings that must not leave the building (personal data): checked in the prompt. */
      promptMustNotContain: phrases,
      promptMustContain: phrases,
      /** Kinds of personal data that must have been replaced by placeholders in the prompt. */
      promptRedacts: z.array(z.enum(['email', 'phone', 'card', 'iban', 'url_token'])).default([]),
      maxChars: z.number().int().min(0).optional(),
    }),
  })
  .refine((scenario) => scenario.turns.at(-1)?.role === 'customer', { message: 'The last turn must be the customer message.', path: ['turns'] });

export type EvalScenario = z.output<typeof evalScenarioSchema>;
export const evalFileSchema = z.union([evalScenarioSchema, z.array(evalScenarioSchema).min(1)]);
