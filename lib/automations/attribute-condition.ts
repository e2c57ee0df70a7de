// The "contact attribute" condition: which comparisons suit which attribute type, whether a
// condition fits its attribute's definition (the editor shows the same messages the server
// returns), and whether it holds for a contact's stored value. Pure: runs in the browser too.
import { parseAttributeValue, type ContactAttributeDefinition, type ContactAttributeType } from '../contacts/attributes/contact-attribute.schema';

export const attributeOperatorValues = ['equals', 'contains', 'eq', 'lt', 'gt', 'before', 'after', 'is', 'is_not', 'is_set', 'is_empty'] as const;
export type AttributeOperator = (typeof attributeOperatorValues)[number];

export const attributeOperatorsByType: Record<ContactAttributeType, readonly AttributeOperator[]> = {
  text: ['equals', 'contains', 'is_set', 'is_empty'],
  number: ['eq', 'lt', 'gt', 'is_set', 'is_empty'],
  date: ['before', 'after', 'is_set', 'is_empty'],
  select: ['is', 'is_not', 'is_set', 'is_empty'],
};

export const attributeOperatorLabels: Record<AttributeOperator, string> = {
  equals: 'equals', contains: 'contains', eq: '=', lt: '<', gt: '>', before: 'is before', after: 'is after',
  is: 'is', is_not: 'is not', is_set: 'is set', is_empty: 'is empty',
};

/** Operators that compare with nothing. */
export const valuelessOperators: readonly AttributeOperator[] = ['is_set', 'is_empty'];

type Condition = { attributeId: string; operator: AttributeOperator; value: string };
export type StoredAttributeValue = string | number | null | undefined;

/** Null when the condition fits the attribute, else the field and the message to show. */
export function attributeConditionProblem(definition: ContactAttributeDefinition | undefined, condition: Condition): { field: 'attributeId' | 'operator' | 'value'; message: string } | null {
  if (!definition) return { field: 'attributeId', message: 'Choose a contact field of this workspace.' };
  if (!attributeOperatorsByType[definition.type].includes(condition.operator)) {
    return { field: 'operator', message: `A ${definition.type} field cannot be compared with “${attributeOperatorLabels[condition.operator]}”.` };
  }
  if (valuelessOperators.includes(condition.operator)) return null;
  // Text "contains" takes any words; everything else must be a value the field could hold.
  if (definition.type === 'text') return null;
  const parsed = parseAttributeValue(definition, condition.value);
  if (!parsed.ok) return { field: 'value', message: parsed.error };
  return null;
}

/** Case- and accent-insensitive text ("José" equals "jose"). */
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

export function attributeConditionHolds(type: ContactAttributeType, condition: Condition, stored: StoredAttributeValue): boolean {
  const isSet = stored !== null && stored !== undefined && String(stored).trim() !== '';
  if (condition.operator === 'is_set') return isSet;
  if (condition.operator === 'is_empty') return !isSet;
  if (!attributeOperatorsByType[type].includes(condition.operator)) return false;
  // "is not Gold" holds for a contact with no plan at all; every other comparison needs a value.
  if (condition.operator === 'is_not') return !isSet || String(stored) !== condition.value;
  if (!isSet) return false;
  const text = String(stored);
  switch (condition.operator) {
    case 'equals': return fold(text) === fold(condition.value);
    case 'contains': return fold(text).includes(fold(condition.value));
    case 'is': return text === condition.value;
    // Dates are stored as YYYY-MM-DD, which sorts as text.
    case 'before': return text < condition.value;
    case 'after': return text > condition.value;
    default: {
      const [a, b] = [Number(stored), Number(condition.value.replace(/,/g, ''))];
      if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
      return condition.operator === 'eq' ? a === b : condition.operator === 'lt' ? a < b : a > b;
    }
  }
}
