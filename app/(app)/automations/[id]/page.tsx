import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { RuleEditor } from '@/components/automations/rule-editor';
import { isAppError } from '@/lib/errors';
import { getAutomationRuleOrThrow, listAutomationRuns } from '@/lib/automations/list-automation-rules';
import { listAutomationOptions } from '@/lib/automations/list-automation-options';
import { requireWorkspacePage } from '@/lib/workspaces/context';
import { dryRunAutomationRuleAction, saveAutomationRuleAction } from '../actions';

export const metadata: Metadata = { title: 'Rule · Automations' };

const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });
const statusStyle: Record<string, string> = { succeeded: 'bg-emerald-100 text-emerald-800', partial: 'bg-amber-100 text-amber-800', failed: 'bg-red-100 text-red-800', running: 'bg-slate-100 text-slate-700' };

export default async function AutomationRulePage({ params, searchParams }: PageProps<'/automations/[id]'>) {
  const ctx = await requireWorkspacePage('automations.manage');
  const { id } = await params;
  const raw = await searchParams;
  if (!z.uuid().safeParse(id).success) notFound();
  const before = z.uuid().safeParse(Array.isArray(raw.before) ? raw.before[0] : raw.before);
  let loaded;
  try {
    loaded = await getAutomationRuleOrThrow({ ctx, id });
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
  const [options, { runs, nextCursor }] = await Promise.all([listAutomationOptions({ ctx }), listAutomationRuns({ ctx, ruleId: id, before: before.success ? before.data : null })]);
  const initial = loaded.rule ? { ...loaded.rule, triggerConfig: loaded.rule.triggerConfig } : null;
  return (
    <div className="mx-auto max-w-4xl space-y-6 py-4 sm:px-6 sm:py-8">
      <nav aria-label="Breadcrumb" className="text-sm"><Link href="/automations" className="text-brand-700 hover:underline">Automations</Link> / {loaded.name}</nav>
      <h1 className="text-2xl font-bold tracking-tight">{loaded.name}</h1>
      {raw.saved ? <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200">Rule saved.</p> : null}
      {!loaded.rule ? <p role="alert" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">This rule was saved by an older version and no longer runs. Rebuild it below and save.</p> : null}
      <RuleEditor ruleId={id} initial={initial} options={options} saveAction={saveAutomationRuleAction} dryRunAction={dryRunAutomationRuleAction} />

      <section aria-labelledby="runs-title" className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        <h2 id="runs-title" className="border-b border-slate-200 px-4 py-3 font-semibold">Run log</h2>
        {runs.length === 0 ? (
          <p className="p-4 text-sm text-slate-600">This rule has not fired yet. Runs appear here with what each action did.</p>
        ) : (
          <ol className="divide-y divide-slate-100" aria-label="Runs, newest first">
            {runs.map((run) => (
              <li key={run.id} className="px-4 py-3 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${statusStyle[run.status] ?? statusStyle.running}`}>{run.status}</span>
                  <time dateTime={run.createdAt.toISOString()} className="text-slate-600">{when.format(run.createdAt)} UTC</time>
                  {run.conversationId ? <Link href={`/inbox?c=${run.conversationId}`} className="text-brand-700 hover:underline">Open conversation</Link> : null}
                  {run.depth > 0 ? <span className="text-xs text-slate-500">caused by another rule</span> : null}
                </p>
                <ul className="mt-1 list-disc pl-5 text-slate-700">
                  {run.outcome.map((o, i) => <li key={i} className={o.ok ? '' : 'text-red-700'}>{o.detail}</li>)}
                </ul>
              </li>
            ))}
          </ol>
        )}
        {nextCursor ? <div className="border-t border-slate-200 px-4 py-3"><Link href={`/automations/${id}?before=${nextCursor}`} className="text-sm font-medium text-brand-700 hover:underline">Older runs</Link></div> : null}
      </section>
    </div>
  );
}
