// An automation event as it travels through the queue. `chain` and `depth` are the loop guard:
// an event caused by a rule's action carries that rule's id (and its ancestors'), and those rules
// never run for it; past MAX_AUTOMATION_DEPTH nothing runs at all, so two rules that trigger each
// other stop after a few hops.
import { z } from 'zod';
import { triggerValues } from './automation-rule.schema';

export const MAX_AUTOMATION_DEPTH = 3;

export const automationOriginSchema = z.object({
  chain: z.array(z.uuid()).max(MAX_AUTOMATION_DEPTH + 1).default([]),
  depth: z.number().int().min(0).max(MAX_AUTOMATION_DEPTH + 1).default(0),
});
export type AutomationOrigin = z.output<typeof automationOriginSchema>;

export const automationEventSchema = z.object({
  workspaceId: z.uuid(),
  trigger: z.enum(triggerValues),
  conversationId: z.uuid(),
  /** Unique per real-world event: the idempotency key of every run it causes. */
  eventKey: z.string().min(1).max(300),
  messageId: z.uuid().optional(),
  labelId: z.uuid().optional(),
  /** no_reply: the one rule whose timer expired. */
  ruleId: z.uuid().optional(),
  origin: automationOriginSchema.default({ chain: [], depth: 0 }),
});
export type AutomationEvent = z.input<typeof automationEventSchema>;
