import type { Metadata } from 'next';
import { UsageCapForm } from '@/components/agent/usage-cap-form';
import { UsageDailyTable, UsageModelTable, UsageTotalsCards } from '@/components/agent/usage-tables';
import { getAgentUsage } from '@/lib/agent/usage/get-agent-usage';
import { formatUsd, getCapStatus } from '@/lib/agent/usage/monthly-cap';
import { MICROS_PER_CENT, monthOf, recentMonths, usageMonthSchema } from '@/lib/agent/usage/usage-month';
import { requireWorkspacePage } from '@/lib/workspaces/context';
import { saveMonthlyCapAction } from './actions';

export const metadata: Metadata = { title: 'Usage · AI assistant' };

export default async function AgentUsagePage({ searchParams }: PageProps<'/agent/usage'>) {
  const ctx = await requireWorkspacePage('agent.configure');
  const now = new Date();
  const raw = (await searchParams).month;
  const parsed = usageMonthSchema.safeParse(Array.isArray(raw) ? raw[0] : raw);
  const month = parsed.success ? parsed.data : monthOf(now);
  const months = recentMonths(now, 12);
  if (!months.includes(month)) months.push(month);
  const [usage, cap] = await Promise.all([getAgentUsage({ ctx, month }), getCapStatus({ workspaceId: ctx.workspace.id, now })]);

  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8 sm:px-6">
      <header className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">AI assistant usage</h1>
          <p className="mt-1 text-slate-600">What the AI assistant did and what it cost (estimates from provider list prices; the offline responder is free).</p>
        </div>
        <form method="get" className="flex items-end gap-2">
          <div>
            <label htmlFor="month" className="block text-sm font-medium text-slate-700">Month</label>
            <select id="month" name="month" defaultValue={month} className="mt-1 rounded-lg border-0 py-2 pl-3 pr-8 text-sm shadow-sm ring-1 ring-slate-300 focus-visible:ring-2 focus-visible:ring-brand-600">
              {months.map((m) => <option key={m} value={m}>{m}</option>)}
            </select>
          </div>
          <button type="submit" className="rounded-lg bg-white px-3 py-2 text-sm font-semibold text-slate-900 shadow-sm ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">Show</button>
        </form>
      </header>

      {cap.reached ? (
        <p role="status" className="rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200">
          The monthly cap of {formatUsd((cap.capCents ?? 0) * MICROS_PER_CENT)} is reached ({formatUsd(cap.spentMicros)} spent in {cap.month}). Auto-send is paused: the agent saves its replies as drafts until next month or until the cap is raised.
        </p>
      ) : null}

      <UsageTotalsCards totals={usage.totals} />

      <section aria-labelledby="daily-title" className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        <h2 id="daily-title" className="px-5 pt-5 font-semibold">Per day ({usage.month}, UTC)</h2>
        <UsageDailyTable usage={usage} />
      </section>

      <section aria-labelledby="models-title" className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        <h2 id="models-title" className="px-5 pt-5 font-semibold">Per provider and model</h2>
        <UsageModelTable usage={usage} />
      </section>

      <section aria-labelledby="cap-title" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h2 id="cap-title" className="font-semibold">Monthly cap</h2>
        <p className="mt-1 text-sm text-slate-600">
          {cap.capCents === null ? 'No cap is set.' : `${formatUsd(cap.spentMicros)} of ${formatUsd(cap.capCents * MICROS_PER_CENT)} used in ${cap.month}.`} Workspaces have no billing plan yet, so only this cap applies.
        </p>
        <div className="mt-4"><UsageCapForm action={saveMonthlyCapAction} capCents={cap.capCents} canEdit={ctx.can('billing.manage')} /></div>
      </section>
    </div>
  );
}
