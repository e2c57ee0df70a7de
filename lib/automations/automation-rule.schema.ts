// One zod schema for an automation rule, shared by the /automations editor (browser checks) and
// the server (saveAutomationRule re-parses everything). Conditions and actions are stored as JSON.
import { z } from 'zod';
import { attributeOperatorValues, valuelessOperators } from './attribute-condition';
import { unsafeRegexReason } from './safe-regex';

export const triggerValues = ['conversation_created', 'message_received', 'conversation_closed', 'label_added', 'handed_to_human', 'no_reply'] as const;
export type AutomationTrigger = (typeof triggerValues)[number];
export const triggerLabels: Record<AutomationTrigger, string> = {
  conversation_created: 'A conversation is created',
  message_received: 'A customer message is received',
  conversation_closed: 'A conversation is closed',
  label_added: 'A label is added',
  handed_to_human: 'A conversation is handed to a human',
  no_reply: 'No reply for N minutes',
};

export const channelTypeValues = ['instagram', 'messenger', 'whatsapp'] as const;
export const NO_REPLY_MINUTES_MAX = 7 * 24 * 60;
export const RULE_NAME_MAX = 100;
export const TEXT_MAX = 1000;

const uuid = (message: string) => z.uuid(message);

export const triggerConfigSchema = z.object({
  /** no_reply: minutes since the customer's last message without an outbound reply. */
  minutes: z.coerce.number().int('Use whole minutes.').min(1, 'At least 1 minute.').max(NO_REPLY_MINUTES_MAX, 'At most 7 days (10080 minutes).').optional(),
  /** label_added: only this label (none = any label). */
  labelId: z.union([z.literal(''), uuid('Choose a label.')]).optional(),
});

export const conditionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('channel'), channelTypes: z.array(z.enum(channelTypeValues)).min(1, 'Choose at least one channel.') }),
  z.object({ type: z.literal('text_contains'), value: z.string().trim().min(1, 'Write the words to look for.').max(200, 'At most 200 characters.') }),
  z.object({
    type: z.literal('text_matches'),
    pattern: z.string().superRefine((pattern, ctx) => {
      const reason = unsafeRegexReason(pattern);
      if (reason) ctx.addIssue({ code: 'custom', message: reason });
    }),
  }),
  z.object({ type: z.literal('label'), labelId: uuid('Choose a label.'), has: z.boolean().default(true) }),
  z.object({ type: z.literal('business_hours'), within: z.boolean() }),
  z.object({ type: z.literal('assignee'), is: z.enum(['unassigned', 'assigned', 'member']), userId: z.union([z.literal(''), uuid('Choose a member.')]).optional() })
    .refine((c) => c.is !== 'member' || Boolean(c.userId), { path: ['userId'], message: 'Choose a member.' }),
  // Which operators and values suit the attribute's type is checked against its definition
  // (attributeConditionProblem) by the editor and by saveAutomationRule.
  z.object({
    type: z.literal('contact_attribute'),
    attributeId: uuid('Choose a contact field.'),
    operator: z.enum(attributeOperatorValues, { message: 'Choose how to compare.' }),
    value: z.string().trim().max(500, 'At most 500 characters.').default(''),
  }).refine((c) => valuelessOperators.includes(c.operator) || c.value.length > 0, { path: ['value'], message: 'Enter the value to compare with.' }),
]);
export type AutomationCondition = z.output<typeof conditionSchema>;

export const actionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('assign_member'), userId: uuid('Choose a member.') }),
  z.object({
    type: z.literal('assign_round_robin'),
    userIds: z.array(z.uuid()).min(1, 'Choose at least one member.').max(50, 'At most 50 members.'),
    /** Only members seen in the app in the last few minutes. */
    onlineOnly: z.boolean().default(true),
    /** Skip members who already have this many open conversations; 0 = no cap. */
    maxOpenPerMember: z.coerce.number().int('Use a whole number.').min(0, 'At least 0.').max(1000, 'At most 1000.').default(0),
  }),
  z.object({ type: z.literal('add_label'), labelId: uuid('Choose a label.') }),
  z.object({ type: z.literal('remove_label'), labelId: uuid('Choose a label.') }),
  z.object({ type: z.literal('set_status'), status: z.enum(['open', 'pending', 'closed'], { message: 'Choose a status.' }) }),
  z.object({ type: z.literal('snooze'), minutes: z.coerce.number().int('Use whole minutes.').min(1, 'At least 1 minute.').max(NO_REPLY_MINUTES_MAX * 4, 'At most 28 days.') }),
  z.object({ type: z.literal('handoff'), to: z.enum(['human', 'ai_draft', 'ai_auto'], { message: 'Choose who handles it.' }) }),
  z.object({ type: z.literal('send_canned'), cannedResponseId: uuid('Choose a canned response.') }),
  z.object({
    type: z.literal('send_template'),
    name: z.string().regex(/^[a-z0-9_]{1,512}$/, 'Choose a WhatsApp template.'),
    language: z.string().regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, 'Choose the template language.'),
    /** {{1}}..{{n}}; "{contact_name}" is replaced with the contact's name. */
    variables: z.array(z.string().trim().min(1, 'Fill in every variable.').max(200, 'At most 200 characters.')).max(20).default([]),
  }),
  z.object({ type: z.literal('add_note'), body: z.string().trim().min(1, 'Write the note.').max(TEXT_MAX, `At most ${TEXT_MAX} characters.`) }),
]);
export type AutomationAction = z.output<typeof actionSchema>;
export type AutomationActionType = AutomationAction['type'];

export const automationRuleSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the rule a name.').max(RULE_NAME_MAX, `At most ${RULE_NAME_MAX} characters.`),
    enabled: z.boolean().default(true),
    trigger: z.enum(triggerValues, { message: 'Choose when the rule runs.' }),
    triggerConfig: triggerConfigSchema.default({}),
    conditions: z.array(conditionSchema).max(20, 'At most 20 conditions.').default([]),
    actions: z.array(actionSchema).min(1, 'Add at least one action.').max(10, 'At most 10 actions.'),
  })
  .superRefine((rule, ctx) => {
    if (rule.trigger === 'no_reply' && !rule.triggerConfig.minutes) ctx.addIssue({ code: 'custom', path: ['triggerConfig', 'minutes'], message: 'Say after how many minutes without a reply.' });
  });
export type AutomationRuleInput = z.input<typeof automationRuleSchema>;
export type AutomationRuleData = z.output<typeof automationRuleSchema>;

/** Stored JSON → rule parts; a row that no longer parses runs nothing rather than crashing the worker. */
export function readStoredRule(row: { trigger: string; triggerConfig: unknown; conditions: unknown; actions: unknown; name: string; enabled: boolean }): AutomationRuleData | null {
  const parsed = automationRuleSchema.safeParse({ ...row, triggerConfig: row.triggerConfig ?? {} });
  return parsed.success ? parsed.data : null;
}

export const awayMessageSchema = z
  .object({
    enabled: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()),
    message: z.string().trim().max(TEXT_MAX, `At most ${TEXT_MAX} characters.`).default(''),
  })
  .refine((v) => !v.enabled || v.message.length > 0, { path: ['message'], message: 'Write the away message, or turn it off.' });
