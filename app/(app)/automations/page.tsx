import type { Metadata } from 'next';
import Link from 'next/link';
import { AwayMessageForm } from '@/components/automations/away-message-form';
import { RuleRowControls } from '@/components/automations/rule-row-controls';
import { ButtonLink } from '@/components/ui/button-link';
import { triggerLabels, type AutomationTrigger } from '@/lib/automations/automation-rule.schema';
import { getAwayMessage } from '@/lib/automations/away-message-settings';
import { listAutomationRules } from '@/lib/automations/list-automation-rules';
import { requireWorkspacePage } from '@/lib/workspaces/context';
import { deleteAutomationRuleAction, moveAutomationRuleAction, saveAwayMessageAction, toggleAutomationRuleAction } from './actions';

export const metadata: Metadata = { title: 'Automations' };

const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export default async function AutomationsPage() {
  const ctx = await requireWorkspacePage('automations.manage');
  const [rules, away] = await Promise.all([listAutomationRules({ ctx }), getAwayMessage({ ctx })]);
  return (
    <div className="mx-auto max-w-4xl space-y-8 px-0 py-4 sm:px-6 sm:py-8">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Automations</h1>
          <p className="mt-1 max-w-2xl text-slate-600">Rules route and tidy conversations for {ctx.workspace.name}: when something happens and the conditions hold, the actions run in order. Rules with the same trigger run top to bottom.</p>
        </div>
        <ButtonLink href="/automations/new">New rule</ButtonLink>
      </header>

      <section aria-labelledby="rules-title" className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        <h2 id="rules-title" className="border-b border-slate-200 px-4 py-3 font-semibold">Rules ({rules.length})</h2>
        {rules.length === 0 ? (
          <div className="space-y-2 p-6 text-sm text-slate-600">
            <p className="font-medium text-slate-900">No rules yet.</p>
            <p>Start with a common one: assign Instagram messages that mention “refund” to the person who handles refunds, or label conversations nobody answered for 30 minutes.</p>
            <Link href="/automations/new" className="font-medium text-brand-700 underline">Create your first rule</Link>
          </div>
        ) : (
          <ol className="divide-y divide-slate-100" aria-label="Rules in run order">
            {rules.map((rule, index) => (
              <li key={rule.id} className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <p className="flex items-center gap-2">
                    <span className="text-xs tabular-nums text-slate-400">{index + 1}.</span>
                    <Link href={`/automations/${rule.id}`} className="truncate font-medium text-slate-900 hover:underline">{rule.name}</Link>
                    {!rule.enabled ? <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">Off</span> : null}
                    {!rule.valid ? <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-800">Needs fixing</span> : null}
                  </p>
                  <p className="mt-0.5 text-sm text-slate-600">
                    {triggerLabels[rule.trigger as AutomationTrigger] ?? rule.trigger} · {rule.conditionCount} condition{rule.conditionCount === 1 ? '' : 's'} · {rule.actionTypes.length} action{rule.actionTypes.length === 1 ? '' : 's'} ·{' '}
                    {rule.lastRunAt ? <>fired {rule.runCount} time{rule.runCount === 1 ? '' : 's'}, last {when.format(rule.lastRunAt)} UTC</> : 'never fired'}
                  </p>
                </div>
                <RuleRowControls ruleId={rule.id} name={rule.name} enabled={rule.enabled} isFirst={index === 0} isLast={index === rules.length - 1}
                  toggleAction={toggleAutomationRuleAction} moveAction={moveAutomationRuleAction} deleteAction={deleteAutomationRuleAction} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="away-title" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <h2 id="away-title" className="font-semibold">Away message</h2>
        <div className="mt-4"><AwayMessageForm action={saveAwayMessageAction} initial={away} /></div>
      </section>
    </div>
  );
}
