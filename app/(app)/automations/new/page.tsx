import type { Metadata } from 'next';
import Link from 'next/link';
import { RuleEditor } from '@/components/automations/rule-editor';
import { listAutomationOptions } from '@/lib/automations/list-automation-options';
import { requireWorkspacePage } from '@/lib/workspaces/context';
import { dryRunAutomationRuleAction, saveAutomationRuleAction } from '../actions';

export const metadata: Metadata = { title: 'New rule · Automations' };

export default async function NewAutomationPage() {
  const ctx = await requireWorkspacePage('automations.manage');
  const options = await listAutomationOptions({ ctx });
  return (
    <div className="mx-auto max-w-4xl space-y-6 py-4 sm:px-6 sm:py-8">
      <nav aria-label="Breadcrumb" className="text-sm"><Link href="/automations" className="text-brand-700 hover:underline">Automations</Link> / New rule</nav>
      <h1 className="text-2xl font-bold tracking-tight">New rule</h1>
      <RuleEditor ruleId={null} initial={null} options={options} saveAction={saveAutomationRuleAction} dryRunAction={dryRunAutomationRuleAction} />
    </div>
  );
}
