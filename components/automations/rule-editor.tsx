'use client';
// The rule editor: trigger, conditions and actions as one JSON document (the same zod schema runs
// here and on the server), with errors next to the field they belong to, and a dry-run against a
// recent conversation that changes nothing.
import { useRouter } from 'next/navigation';
import { useActionState, useState } from 'react';
import { fieldErrorsOf, initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import {
  automationRuleSchema, channelTypeValues, triggerLabels, triggerValues,
  type AutomationAction, type AutomationCondition, type AutomationRuleInput,
} from '@/lib/automations/automation-rule.schema';
import type { AutomationOptions } from '@/lib/automations/list-automation-options';
import type { DryRunResult } from '@/lib/automations/dry-run-automation-rule';
import { FormMessage } from '@/components/ui/form-message';
import { Field } from './field';
import { AttributeConditionFields, attributeConditionErrors, describeAttributeCondition, newAttributeCondition } from './attribute-condition-fields';
import { inputClass, labelClass } from '@/components/ui/form-status';

type Action = (prev: ActionResult<{ id: string }>, formData: FormData) => Promise<ActionResult<{ id: string }>>;
type DryRunAction = (prev: ActionResult<DryRunResult>, formData: FormData) => Promise<ActionResult<DryRunResult>>;
type Draft = { name: string; enabled: boolean; trigger: AutomationRuleInput['trigger']; triggerConfig: { minutes?: number | string; labelId?: string }; conditions: AutomationCondition[]; actions: AutomationAction[] };

const channelNames = { instagram: 'Instagram', messenger: 'Messenger', whatsapp: 'WhatsApp' } as const;
const conditionLabels: Record<AutomationCondition['type'], string> = {
  channel: 'Channel is', text_contains: 'Message contains', text_matches: 'Message matches (regular expression)', label: 'Label', business_hours: 'Business hours', assignee: 'Assignee',
  contact_attribute: 'Contact field',
};
const actionLabels: Record<AutomationAction['type'], string> = {
  assign_member: 'Assign to a member', assign_round_robin: 'Assign round-robin (load-aware)', add_label: 'Add a label', remove_label: 'Remove a label', set_status: 'Set the status',
  snooze: 'Snooze', handoff: 'Hand to a human or the AI', send_canned: 'Send a canned reply', send_template: 'Send a WhatsApp template', add_note: 'Post an internal note',
};

function newCondition(type: AutomationCondition['type'], o: AutomationOptions): AutomationCondition {
  switch (type) {
    case 'channel': return { type, channelTypes: ['instagram'] };
    case 'text_contains': return { type, value: '' };
    case 'text_matches': return { type, pattern: '' };
    case 'label': return { type, labelId: o.labels[0]?.id ?? '', has: true };
    case 'business_hours': return { type, within: false };
    case 'assignee': return { type, is: 'unassigned', userId: '' };
    case 'contact_attribute': return newAttributeCondition(o.attributes);
  }
}

function newAction(type: AutomationAction['type'], o: AutomationOptions): AutomationAction {
  switch (type) {
    case 'assign_member': return { type, userId: o.members[0]?.id ?? '' };
    case 'assign_round_robin': return { type, userIds: [], onlineOnly: true, maxOpenPerMember: 0 };
    case 'add_label': case 'remove_label': return { type, labelId: o.labels[0]?.id ?? '' };
    case 'set_status': return { type, status: 'closed' };
    case 'snooze': return { type, minutes: 60 };
    case 'handoff': return { type, to: 'human' };
    case 'send_canned': return { type, cannedResponseId: o.cannedResponses[0]?.id ?? '' };
    case 'send_template': return { type, name: o.templates[0]?.name ?? '', language: o.templates[0]?.language ?? '', variables: Array(o.templates[0]?.variableCount ?? 0).fill('') };
    case 'add_note': return { type, body: '' };
  }
}

function errorsOf(result: ReturnType<typeof automationRuleSchema.safeParse>): Record<string, string[]> {
  return result.success ? {} : fieldErrorsOf(result.error);
}

export function RuleEditor({ ruleId, initial, options, saveAction, dryRunAction }: {
  ruleId: string | null; initial: Draft | null; options: AutomationOptions; saveAction: Action; dryRunAction: DryRunAction;
}) {
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(initial ?? { name: '', enabled: true, trigger: 'message_received', triggerConfig: {}, conditions: [], actions: [newAction('assign_member', options)] });
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const [state, formAction] = useActionState(async (prev: ActionResult<{ id: string }>, form: FormData) => {
    const result = await saveAction(prev, form);
    if (result.ok && result.data && result.data.id !== ruleId) router.push(`/automations/${result.data.id}?saved=1`);
    return result;
  }, initialActionResult);
  const [dry, dryAction] = useActionState(dryRunAction, initialActionResult);
  const serverErrors = state.ok ? {} : (state.fieldErrors ?? {});
  const errors = { ...serverErrors, ...clientErrors };
  const err = (path: string) => errors[path];
  const json = JSON.stringify(draft);

  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const setCondition = (i: number, c: AutomationCondition) => update({ conditions: draft.conditions.map((x, j) => (j === i ? c : x)) });
  const setAction = (i: number, a: AutomationAction) => update({ actions: draft.actions.map((x, j) => (j === i ? a : x)) });
  const moveAction = (i: number, by: -1 | 1) => {
    const next = [...draft.actions];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    update({ actions: next });
  };

  return (
    <div className="space-y-6">
      <form
        action={formAction}
        noValidate
        onSubmit={(e) => {
          // The same schema as the server: refuse early with the same messages, keep what was typed.
          const found = { ...attributeConditionErrors(draft.conditions, options.attributes), ...errorsOf(automationRuleSchema.safeParse(draft)) };
          setClientErrors(found);
          if (Object.keys(found).length) e.preventDefault();
        }}
        className="space-y-6"
        aria-label="Rule"
      >
        <input type="hidden" name="rule" value={json} />
        <input type="hidden" name="ruleId" value={ruleId ?? ''} />
        <FormMessage state={Object.keys(clientErrors).length ? { ok: false, error: 'Please fix the highlighted fields.' } : state} />

        <section className="space-y-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <Field id="rule-name" label="Name" errors={err('name')}>
            <input id="rule-name" className={inputClass} value={draft.name} maxLength={100} onChange={(e) => update({ name: e.target.value })} aria-invalid={err('name') ? true : undefined} aria-describedby={err('name') ? 'rule-name-error' : undefined} placeholder="Refunds go to Sam" />
          </Field>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={draft.enabled} onChange={(e) => update({ enabled: e.target.checked })} className="h-4 w-4 rounded border-slate-300" /> Enabled
          </label>
        </section>

        <section aria-labelledby="when-title" className="space-y-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <h2 id="when-title" className="font-semibold">When</h2>
          <Field id="rule-trigger" label="Trigger" errors={err('trigger')}>
            <select id="rule-trigger" className={inputClass} value={draft.trigger} onChange={(e) => update({ trigger: e.target.value as Draft['trigger'], triggerConfig: {} })}>
              {triggerValues.map((t) => <option key={t} value={t}>{triggerLabels[t]}</option>)}
            </select>
          </Field>
          {draft.trigger === 'no_reply' ? (
            <Field id="rule-minutes" label="Minutes without a reply" errors={err('triggerConfig.minutes')}>
              <input id="rule-minutes" type="number" min={1} inputMode="numeric" className={`${inputClass} max-w-40`} value={draft.triggerConfig.minutes ?? ''} onChange={(e) => update({ triggerConfig: { minutes: e.target.value } })} aria-invalid={err('triggerConfig.minutes') ? true : undefined} aria-describedby={err('triggerConfig.minutes') ? 'rule-minutes-error' : undefined} />
            </Field>
          ) : null}
          {draft.trigger === 'label_added' ? (
            <Field id="rule-trigger-label" label="Which label" errors={err('triggerConfig.labelId')}>
              <select id="rule-trigger-label" className={inputClass} value={draft.triggerConfig.labelId ?? ''} onChange={(e) => update({ triggerConfig: { labelId: e.target.value } })}>
                <option value="">Any label</option>
                {options.labels.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
              </select>
            </Field>
          ) : null}
        </section>

        <section aria-labelledby="if-title" className="space-y-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <h2 id="if-title" className="font-semibold">If <span className="font-normal text-slate-500">(all must hold)</span></h2>
          {draft.conditions.length === 0 ? <p className="text-sm text-slate-600">No conditions: the rule runs on every event of its trigger.</p> : null}
          <ol className="space-y-3">
            {draft.conditions.map((c, i) => (
              <li key={i} className="rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200">
                <div className="flex flex-wrap items-end gap-3">
                  <Field id={`cond-${i}-type`} label={`Condition ${i + 1}`}>
                    <select id={`cond-${i}-type`} className={inputClass} value={c.type} onChange={(e) => setCondition(i, newCondition(e.target.value as AutomationCondition['type'], options))}>
                      {Object.entries(conditionLabels).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
                    </select>
                  </Field>
                  <ConditionFields condition={c} index={i} options={options} err={err} onChange={(next) => setCondition(i, next)} />
                  <button type="button" className="rounded-lg px-2 py-2 text-sm text-red-700 hover:bg-red-50" onClick={() => update({ conditions: draft.conditions.filter((_, j) => j !== i) })} aria-label={`Remove condition ${i + 1}`}>Remove</button>
                </div>
              </li>
            ))}
          </ol>
          <button type="button" className="rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50" onClick={() => update({ conditions: [...draft.conditions, newCondition('text_contains', options)] })}>+ Add condition</button>
        </section>

        <section aria-labelledby="then-title" className="space-y-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <h2 id="then-title" className="font-semibold">Then <span className="font-normal text-slate-500">(in this order)</span></h2>
          {err('actions') ? <p id="actions-error" className="text-sm text-red-600">{err('actions')!.join(' ')}</p> : null}
          <ol className="space-y-3">
            {draft.actions.map((a, i) => (
              <li key={i} className="rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200">
                <div className="flex flex-wrap items-end gap-3">
                  <Field id={`act-${i}-type`} label={`Action ${i + 1}`}>
                    <select id={`act-${i}-type`} className={inputClass} value={a.type} onChange={(e) => setAction(i, newAction(e.target.value as AutomationAction['type'], options))}>
                      {Object.entries(actionLabels).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
                    </select>
                  </Field>
                  <ActionFields action={a} index={i} options={options} err={err} onChange={(next) => setAction(i, next)} />
                  <div className="flex gap-1">
                    <button type="button" disabled={i === 0} className="rounded-lg px-2 py-2 text-sm hover:bg-slate-100 disabled:opacity-40" onClick={() => moveAction(i, -1)} aria-label={`Move action ${i + 1} up`}>↑</button>
                    <button type="button" disabled={i === draft.actions.length - 1} className="rounded-lg px-2 py-2 text-sm hover:bg-slate-100 disabled:opacity-40" onClick={() => moveAction(i, 1)} aria-label={`Move action ${i + 1} down`}>↓</button>
                    <button type="button" className="rounded-lg px-2 py-2 text-sm text-red-700 hover:bg-red-50" onClick={() => update({ actions: draft.actions.filter((_, j) => j !== i) })} aria-label={`Remove action ${i + 1}`}>Remove</button>
                  </div>
                </div>
              </li>
            ))}
          </ol>
          <button type="button" className="rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50" onClick={() => update({ actions: [...draft.actions, newAction('add_label', options)] })}>+ Add action</button>
        </section>

        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700">Save rule</button>
      </form>

      <section aria-labelledby="dry-title" className="space-y-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h2 id="dry-title" className="font-semibold">Dry run</h2>
        <p className="text-sm text-slate-600">See what this rule (as edited above, saved or not) would do to a past conversation. Nothing is changed or sent.</p>
        {options.conversations.length === 0 ? (
          <p className="text-sm text-slate-600">No conversations yet — connect a channel or send a test message from the Meta simulator first.</p>
        ) : (
          <form action={dryAction} className="flex flex-wrap items-end gap-3">
            <input type="hidden" name="rule" value={json} />
            <Field id="dry-conversation" label="Conversation">
              <select id="dry-conversation" name="conversationId" className={inputClass}>
                {options.conversations.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
              </select>
            </Field>
            <button type="submit" className="rounded-lg px-4 py-2 text-sm font-semibold ring-1 ring-slate-300 hover:bg-slate-50">Dry run</button>
          </form>
        )}
        {!dry.ok && dry.error ? <FormMessage state={dry} /> : null}
        {dry.ok && dry.data ? (
          <div role="status" className="space-y-2 rounded-lg bg-slate-50 p-3 text-sm ring-1 ring-slate-200">
            <p className="font-semibold">{dry.data.wouldFire ? 'This rule would fire.' : 'This rule would not fire.'}</p>
            {dry.data.note ? <p className="text-slate-600">{dry.data.note}</p> : null}
            {dry.data.verdicts.length ? (
              <ul aria-label="Conditions">
                {dry.data.verdicts.map((v, i) => <li key={i}>{v.passed ? '✓' : '✗'} {v.condition.type === 'contact_attribute' ? `${conditionLabels[v.condition.type]}: ${describeAttributeCondition(v.condition, options.attributes)}` : conditionLabels[v.condition.type]}</li>)}
              </ul>
            ) : null}
            <ol aria-label="Actions" className="list-decimal pl-5">
              {dry.data.actions.map((a, i) => <li key={i} className={a.ok ? '' : 'text-red-700'}>{a.detail}</li>)}
            </ol>
          </div>
        ) : null}
      </section>
    </div>
  );
}


type Err = (path: string) => string[] | undefined;

function ConditionFields({ condition: c, index: i, options, err, onChange }: { condition: AutomationCondition; index: number; options: AutomationOptions; err: Err; onChange: (c: AutomationCondition) => void }) {
  const p = `conditions.${i}`;
  switch (c.type) {
    case 'channel':
      return (
        <fieldset className="flex flex-wrap gap-3 text-sm">
          <legend className="sr-only">Channels</legend>
          {channelTypeValues.map((t) => (
            <label key={t} className="flex items-center gap-1">
              <input type="checkbox" checked={c.channelTypes.includes(t)} onChange={(e) => onChange({ ...c, channelTypes: e.target.checked ? [...c.channelTypes, t] : c.channelTypes.filter((x) => x !== t) })} /> {channelNames[t]}
            </label>
          ))}
          {err(`${p}.channelTypes`) ? <p className="w-full text-sm text-red-600">{err(`${p}.channelTypes`)!.join(' ')}</p> : null}
        </fieldset>
      );
    case 'text_contains':
      return <Field id={`${p}.value`} label="Words" errors={err(`${p}.value`)}><input id={`${p}.value`} className={inputClass} value={c.value} onChange={(e) => onChange({ ...c, value: e.target.value })} aria-invalid={err(`${p}.value`) ? true : undefined} /></Field>;
    case 'text_matches':
      return <Field id={`${p}.pattern`} label="Pattern" errors={err(`${p}.pattern`)}><input id={`${p}.pattern`} className={`${inputClass} font-mono`} value={c.pattern} spellCheck={false} onChange={(e) => onChange({ ...c, pattern: e.target.value })} aria-invalid={err(`${p}.pattern`) ? true : undefined} placeholder="\border #\d{4,8}\b" /></Field>;
    case 'label':
      return (
        <>
          <Field id={`${p}.has`} label="Has"><select id={`${p}.has`} className={inputClass} value={String(c.has)} onChange={(e) => onChange({ ...c, has: e.target.value === 'true' })}><option value="true">has</option><option value="false">does not have</option></select></Field>
          <LabelSelect id={`${p}.labelId`} value={c.labelId} options={options} errors={err(`${p}.labelId`)} onChange={(labelId) => onChange({ ...c, labelId })} />
        </>
      );
    case 'business_hours':
      return <Field id={`${p}.within`} label="When"><select id={`${p}.within`} className={inputClass} value={String(c.within)} onChange={(e) => onChange({ ...c, within: e.target.value === 'true' })}><option value="true">inside business hours</option><option value="false">outside business hours</option></select></Field>;
    case 'assignee':
      return (
        <>
          <Field id={`${p}.is`} label="Is"><select id={`${p}.is`} className={inputClass} value={c.is} onChange={(e) => onChange({ ...c, is: e.target.value as typeof c.is })}><option value="unassigned">unassigned</option><option value="assigned">assigned to anyone</option><option value="member">assigned to…</option></select></Field>
          {c.is === 'member' ? <MemberSelect id={`${p}.userId`} value={c.userId ?? ''} options={options} errors={err(`${p}.userId`)} onChange={(userId) => onChange({ ...c, userId })} /> : null}
        </>
      );
    case 'contact_attribute':
      return <AttributeConditionFields condition={c} path={p} attributes={options.attributes} err={err} onChange={onChange} />;
  }
}

function ActionFields({ action: a, index: i, options, err, onChange }: { action: AutomationAction; index: number; options: AutomationOptions; err: Err; onChange: (a: AutomationAction) => void }) {
  const p = `actions.${i}`;
  switch (a.type) {
    case 'assign_member':
      return <MemberSelect id={`${p}.userId`} value={a.userId} options={options} errors={err(`${p}.userId`)} onChange={(userId) => onChange({ ...a, userId })} />;
    case 'assign_round_robin':
      return (
        <div className="flex flex-wrap items-end gap-3">
          <fieldset className="text-sm">
            <legend className={labelClass}>Members</legend>
            <div className="mt-1 flex flex-wrap gap-3">
              {options.members.map((m) => (
                <label key={m.id} className="flex items-center gap-1">
                  <input type="checkbox" checked={a.userIds.includes(m.id)} onChange={(e) => onChange({ ...a, userIds: e.target.checked ? [...a.userIds, m.id] : a.userIds.filter((x) => x !== m.id) })} /> {m.name}
                </label>
              ))}
            </div>
            {err(`${p}.userIds`) ? <p className="mt-1 text-sm text-red-600">{err(`${p}.userIds`)!.join(' ')}</p> : null}
          </fieldset>
          <label className="flex items-center gap-1 text-sm"><input type="checkbox" checked={a.onlineOnly} onChange={(e) => onChange({ ...a, onlineOnly: e.target.checked })} /> Online members only</label>
          <Field id={`${p}.cap`} label="Max open each (0 = no cap)" errors={err(`${p}.maxOpenPerMember`)}><input id={`${p}.cap`} type="number" min={0} className={`${inputClass} max-w-28`} value={a.maxOpenPerMember} onChange={(e) => onChange({ ...a, maxOpenPerMember: e.target.value as unknown as number })} /></Field>
        </div>
      );
    case 'add_label':
    case 'remove_label':
      return <LabelSelect id={`${p}.labelId`} value={a.labelId} options={options} errors={err(`${p}.labelId`)} onChange={(labelId) => onChange({ ...a, labelId })} />;
    case 'set_status':
      return <Field id={`${p}.status`} label="Status"><select id={`${p}.status`} className={inputClass} value={a.status} onChange={(e) => onChange({ ...a, status: e.target.value as typeof a.status })}><option value="open">Open</option><option value="pending">Pending</option><option value="closed">Closed</option></select></Field>;
    case 'snooze':
      return <Field id={`${p}.minutes`} label="Minutes" errors={err(`${p}.minutes`)}><input id={`${p}.minutes`} type="number" min={1} className={`${inputClass} max-w-28`} value={a.minutes} onChange={(e) => onChange({ ...a, minutes: e.target.value as unknown as number })} /></Field>;
    case 'handoff':
      return <Field id={`${p}.to`} label="To"><select id={`${p}.to`} className={inputClass} value={a.to} onChange={(e) => onChange({ ...a, to: e.target.value as typeof a.to })}><option value="human">A human (flag as needing a human)</option><option value="ai_draft">The AI, drafting replies</option><option value="ai_auto">The AI, sending replies</option></select></Field>;
    case 'send_canned':
      return options.cannedResponses.length ? (
        <Field id={`${p}.canned`} label="Canned reply" errors={err(`${p}.cannedResponseId`)}><select id={`${p}.canned`} className={inputClass} value={a.cannedResponseId} onChange={(e) => onChange({ ...a, cannedResponseId: e.target.value })}>{options.cannedResponses.map((c) => <option key={c.id} value={c.id}>/{c.shortcut}</option>)}</select></Field>
      ) : <p className="text-sm text-slate-600">No canned responses yet — add one in Settings → Canned responses.</p>;
    case 'send_template': {
      const current = options.templates.find((t) => t.name === a.name && t.language === a.language);
      return options.templates.length ? (
        <div className="flex flex-wrap items-end gap-3">
          <Field id={`${p}.template`} label="Template" errors={err(`${p}.name`)}>
            <select id={`${p}.template`} className={inputClass} value={`${a.name}/${a.language}`} onChange={(e) => { const t = options.templates.find((x) => `${x.name}/${x.language}` === e.target.value)!; onChange({ ...a, name: t.name, language: t.language, variables: Array(t.variableCount).fill('') }); }}>
              {options.templates.map((t) => <option key={`${t.name}/${t.language}`} value={`${t.name}/${t.language}`}>{t.name} ({t.language})</option>)}
            </select>
          </Field>
          {Array.from({ length: current?.variableCount ?? a.variables.length }, (_, v) => (
            <Field key={v} id={`${p}.var${v}`} label={`{{${v + 1}}}`} errors={err(`${p}.variables.${v}`)}>
              <input id={`${p}.var${v}`} className={inputClass} value={a.variables[v] ?? ''} placeholder="{contact_name}" onChange={(e) => { const vars = [...a.variables]; vars[v] = e.target.value; onChange({ ...a, variables: vars }); }} />
            </Field>
          ))}
          <p className="w-full text-xs text-slate-500">WhatsApp conversations only. {'{contact_name}'} is replaced with the customer&apos;s name.</p>
        </div>
      ) : <p className="text-sm text-slate-600">No approved WhatsApp templates — connect WhatsApp and sync templates first.</p>;
    }
    case 'add_note':
      return <Field id={`${p}.body`} label="Note" errors={err(`${p}.body`)}><input id={`${p}.body`} className={`${inputClass} min-w-64`} value={a.body} maxLength={1000} onChange={(e) => onChange({ ...a, body: e.target.value })} aria-invalid={err(`${p}.body`) ? true : undefined} /></Field>;
  }
}

function MemberSelect({ id, value, options, errors, onChange }: { id: string; value: string; options: AutomationOptions; errors?: string[]; onChange: (id: string) => void }) {
  return (
    <Field id={id} label="Member" errors={errors}>
      <select id={id} className={inputClass} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={errors ? true : undefined}>
        <option value="" disabled>Choose a member</option>
        {options.members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
      </select>
    </Field>
  );
}

function LabelSelect({ id, value, options, errors, onChange }: { id: string; value: string; options: AutomationOptions; errors?: string[]; onChange: (id: string) => void }) {
  if (!options.labels.length) return <p className="text-sm text-slate-600">No labels yet — create one in Settings → Labels.</p>;
  return (
    <Field id={id} label="Label" errors={errors}>
      <select id={id} className={inputClass} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={errors ? true : undefined}>
        <option value="" disabled>Choose a label</option>
        {options.labels.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
      </select>
    </Field>
  );
}
