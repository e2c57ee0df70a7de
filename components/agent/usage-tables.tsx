// Usage for one month: totals, one row per day, one row per provider/model. Server-rendered.
import type { AgentUsage, UsageTotals } from '@/lib/agent/usage/get-agent-usage';
import { formatUsd } from '@/lib/agent/usage/monthly-cap';

const number = new Intl.NumberFormat('en');

const totalCards = (t: UsageTotals) => [
  { label: 'Replies sent', value: number.format(t.replies) },
  { label: 'Drafts', value: number.format(t.drafts) },
  { label: 'Handoffs', value: number.format(t.handoffs) },
  { label: 'Tokens', value: number.format(t.inputTokens + t.outputTokens) },
  { label: 'Estimated cost', value: formatUsd(t.costMicros) },
];

export function UsageTotalsCards({ totals }: { totals: UsageTotals }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
      {totalCards(totals).map((card) => (
        <div key={card.label} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <dt className="text-xs font-medium text-slate-600">{card.label}</dt>
          <dd className="mt-1 text-xl font-semibold tabular-nums">{card.value}</dd>
        </div>
      ))}
    </dl>
  );
}

const th = 'px-3 py-2 text-left text-xs font-semibold text-slate-600';
const td = 'px-3 py-2 text-sm tabular-nums';

function Cells({ t }: { t: UsageTotals }) {
  return (
    <>
      <td className={td}>{number.format(t.replies)}</td>
      <td className={td}>{number.format(t.drafts)}</td>
      <td className={td}>{number.format(t.handoffs)}</td>
      <td className={td}>{number.format(t.inputTokens)} / {number.format(t.outputTokens)}</td>
      <td className={td}>{formatUsd(t.costMicros)}</td>
    </>
  );
}

const headCells = ['Sent', 'Drafts', 'Handoffs', 'Tokens in / out', 'Cost'];

export function UsageDailyTable({ usage }: { usage: AgentUsage }) {
  if (!usage.days.length) return <p className="px-5 py-6 text-sm text-slate-600">No agent activity in {usage.month}.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200">
        <caption className="sr-only">AI assistant usage per day in {usage.month} (UTC)</caption>
        <thead><tr><th scope="col" className={th}>Day</th>{headCells.map((h) => <th key={h} scope="col" className={th}>{h}</th>)}</tr></thead>
        <tbody className="divide-y divide-slate-100">
          {usage.days.map((day) => (
            <tr key={day.day}><th scope="row" className={`${td} font-medium`}>{day.day}</th><Cells t={day} /></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function UsageModelTable({ usage }: { usage: AgentUsage }) {
  if (!usage.models.length) return <p className="px-5 py-6 text-sm text-slate-600">No provider calls in {usage.month}.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200">
        <caption className="sr-only">AI assistant usage per provider and model in {usage.month}</caption>
        <thead><tr><th scope="col" className={th}>Provider · model</th>{headCells.map((h) => <th key={h} scope="col" className={th}>{h}</th>)}</tr></thead>
        <tbody className="divide-y divide-slate-100">
          {usage.models.map((row) => (
            <tr key={`${row.provider}:${row.model}`}><th scope="row" className={`${td} font-medium`}>{row.provider}{row.model ? ` · ${row.model}` : ''}</th><Cells t={row} /></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
