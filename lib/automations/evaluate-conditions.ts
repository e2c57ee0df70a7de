// Pure: does a rule's condition list hold for a conversation's facts? Every condition must hold
// (AND). Returns each condition's verdict too, so the dry-run can show why a rule would not fire.
import type { ContactAttributeType } from '../contacts/attributes/contact-attribute.schema';
import { attributeConditionHolds, type StoredAttributeValue } from './attribute-condition';
import type { AutomationCondition } from './automation-rule.schema';
import { safeRegexTest } from './safe-regex';

export type ConversationFacts = {
  channelType: string;
  /** The triggering message's text, else the customer's latest message. */
  text: string;
  labelIds: string[];
  assigneeId: string | null;
  withinBusinessHours: boolean;
  /** The person's custom attribute values by attribute id (definitions of this workspace only). */
  contactAttributes: Record<string, { type: ContactAttributeType; value: StoredAttributeValue }>;
};

export type ConditionVerdict = { condition: AutomationCondition; passed: boolean };

export function evaluateConditions(conditions: readonly AutomationCondition[], facts: ConversationFacts): { passed: boolean; verdicts: ConditionVerdict[] } {
  const verdicts = conditions.map((condition) => ({ condition, passed: holds(condition, facts) }));
  return { passed: verdicts.every((v) => v.passed), verdicts };
}

function holds(condition: AutomationCondition, facts: ConversationFacts): boolean {
  switch (condition.type) {
    case 'channel':
      return (condition.channelTypes as readonly string[]).includes(facts.channelType);
    case 'text_contains':
      return fold(facts.text).includes(fold(condition.value));
    case 'text_matches':
      return safeRegexTest(condition.pattern, facts.text);
    case 'label':
      return facts.labelIds.includes(condition.labelId) === condition.has;
    case 'business_hours':
      return facts.withinBusinessHours === condition.within;
    case 'assignee':
      if (condition.is === 'unassigned') return facts.assigneeId === null;
      if (condition.is === 'assigned') return facts.assigneeId !== null;
      return facts.assigneeId === condition.userId;
    case 'contact_attribute': {
      // A field deleted since the rule was saved: the condition cannot hold.
      const attribute = facts.contactAttributes[condition.attributeId];
      return attribute ? attributeConditionHolds(attribute.type, condition, attribute.value) : false;
    }
  }
}

/** Case- and accent-insensitive ("Réfund" contains "refund"). */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}
