'use client';
// The "contact field" condition's inputs: the field, the comparisons its type allows, and a value
// input shaped by the type (number, date, a select's choices; none for "is set" / "is empty").
import {
  attributeConditionProblem, attributeOperatorLabels, attributeOperatorsByType, valuelessOperators, type AttributeOperator,
} from '@/lib/automations/attribute-condition';
import type { AutomationCondition } from '@/lib/automations/automation-rule.schema';
import type { ContactAttributeDefinition } from '@/lib/contacts/attributes/contact-attribute.schema';
import { inputClass } from '@/components/ui/form-status';
import { Field } from './field';

type Condition = Extract<AutomationCondition, { type: 'contact_attribute' }>;

/** Editor-side check with the server's messages, keyed by field path. */
export function attributeConditionErrors(conditions: AutomationCondition[], attributes: ContactAttributeDefinition[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  conditions.forEach((c, i) => {
    if (c.type !== 'contact_attribute' || !c.attributeId) return;
    const problem = attributeConditionProblem(attributes.find((a) => a.id === c.attributeId), c);
    if (problem) errors[`conditions.${i}.${problem.field}`] = [problem.message];
  });
  return errors;
}

export function newAttributeCondition(attributes: ContactAttributeDefinition[]): Condition {
  const first = attributes[0];
  return { type: 'contact_attribute', attributeId: first?.id ?? '', operator: first ? attributeOperatorsByType[first.type][0]! : 'is_set', value: '' };
}

/** "Plan is Gold", for the dry-run's verdicts. */
export function describeAttributeCondition(c: Condition, attributes: ContactAttributeDefinition[]): string {
  const label = attributes.find((a) => a.id === c.attributeId)?.label ?? 'A deleted contact field';
  return `${label} ${attributeOperatorLabels[c.operator]}${valuelessOperators.includes(c.operator) ? '' : ` ${c.value}`}`;
}


export function AttributeConditionFields({ condition: c, path: p, attributes, err, onChange }: {
  condition: Condition; path: string; attributes: ContactAttributeDefinition[]; err: (path: string) => string[] | undefined; onChange: (c: Condition) => void;
}) {
  if (attributes.length === 0) {
    return <p className="text-sm text-slate-600">No contact fields yet. Define them under <a className="text-brand-700 underline" href="/settings/contact-fields">Settings → Contact fields</a>.</p>;
  }
  const definition = attributes.find((a) => a.id === c.attributeId);
  const operators = definition ? attributeOperatorsByType[definition.type] : [];
  const invalid = (field: string) => (err(`${p}.${field}`) ? true : undefined);
  const valueInput = () => {
    if (!definition || valuelessOperators.includes(c.operator)) return null;
    const common = { id: `${p}.value`, className: inputClass, value: c.value, 'aria-invalid': invalid('value'), onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => onChange({ ...c, value: e.target.value }) };
    const input = definition.type === 'select'
      ? <select {...common}><option value="">Choose…</option>{definition.options.map((o) => <option key={o} value={o}>{o}</option>)}</select>
      : <input {...common} type={definition.type === 'number' ? 'number' : definition.type === 'date' ? 'date' : 'text'} inputMode={definition.type === 'number' ? 'decimal' : undefined} />;
    return <Field id={`${p}.value`} label="Value" errors={err(`${p}.value`)}>{input}</Field>;
  };
  return (
    <>
      <Field id={`${p}.attributeId`} label="Contact field" errors={err(`${p}.attributeId`)}>
        <select
          id={`${p}.attributeId`} className={inputClass} value={c.attributeId} aria-invalid={invalid('attributeId')}
          onChange={(e) => {
            const next = attributes.find((a) => a.id === e.target.value);
            onChange({ ...c, attributeId: e.target.value, operator: next ? attributeOperatorsByType[next.type][0]! : c.operator, value: '' });
          }}
        >
          {definition ? null : <option value="">Choose…</option>}
          {attributes.map((a) => <option key={a.id} value={a.id}>{a.label} ({a.type})</option>)}
        </select>
      </Field>
      <Field id={`${p}.operator`} label="Comparison" errors={err(`${p}.operator`)}>
        <select id={`${p}.operator`} className={inputClass} value={c.operator} aria-invalid={invalid('operator')} onChange={(e) => onChange({ ...c, operator: e.target.value as AttributeOperator })}>
          {operators.map((o) => <option key={o} value={o}>{attributeOperatorLabels[o]}</option>)}
        </select>
      </Field>
      {valueInput()}
    </>
  );
}
