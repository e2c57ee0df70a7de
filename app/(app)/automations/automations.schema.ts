import { z } from 'zod';

const jsonField = (label: string) =>
  z.string().max(200_000, `The ${label} is too large.`).transform((value, ctx) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: `The ${label} could not be read. Reload the page.` });
      return z.NEVER;
    }
  });

/** The editor posts the rule as one JSON field; saveAutomationRule validates it with automationRuleSchema. */
export const saveRuleFormSchema = z.strictObject({ ruleId: z.union([z.literal(''), z.uuid()]).optional(), rule: jsonField('rule') });
export const ruleIdFormSchema = z.strictObject({ ruleId: z.uuid('Unknown rule.') });
export const toggleRuleFormSchema = z.strictObject({ ruleId: z.uuid('Unknown rule.'), enabled: z.enum(['true', 'false']).transform((v) => v === 'true') });
export const moveRuleFormSchema = z.strictObject({ ruleId: z.uuid('Unknown rule.'), direction: z.enum(['up', 'down']) });
export const dryRunFormSchema = z.strictObject({ rule: jsonField('rule'), conversationId: z.uuid('Choose a conversation.') });
export const awayMessageFormSchema = z.strictObject({ enabled: z.string().optional(), message: z.string().max(5000) });
