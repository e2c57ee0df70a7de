import type { Metadata } from 'next';
import Link from 'next/link';
import { BusiestHours } from '@/components/reports/busiest-hours';
import { CountBars, VolumeChart } from '@/components/reports/report-charts';
import { ReportSection, Stat } from '@/components/reports/report-section';
import { ReportDataTable } from '@/components/reports/report-table';
import { inputClass, labelClass } from '@/components/ui/form-status';
import { formatDuration, formatReportValue } from '@/lib/reports/format-report-value';
import { getReport } from '@/lib/reports/get-report';
import { reportChannels, reportFiltersSchema, todayIn, type ReportRange } from '@/lib/reports/report-filters.schema';
import { channelLabels, reportTables, type ReportTableId } from '@/lib/reports/report-tables';
import { requireWorkspacePage } from '@/lib/workspaces/context';

export const metadata: Metadata = { title: 'Reports' };

const query = (range: ReportRange, extra: Record<string, string> = {}) =>
  new URLSearchParams({ from: range.from, to: range.to, tz: range.timeZone, ...(range.channel ? { channel: range.channel } : {}), ...extra }).toString();

const pct = (part: number, whole: number) => (whole ? formatReportValue((part / whole) * 100, 'percent') : '—');

export default async function ReportsPage({ searchParams }: PageProps<'/reports'>) {
  const ctx = await requireWorkspacePage('reports.view');
  const raw = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const filters = reportFiltersSchema.parse({ from: first(raw.from), to: first(raw.to), channel: first(raw.channel), tz: first(raw.tz) });
  const report = await getReport({ ctx, filters });
  const { range, conversations: conv, agent, csat } = report;
  const tables = reportTables(report);
  const csv = (table: ReportTableId) => `/api/reports/csv?${query(range, { table })}`;
  const today = todayIn(range.timeZone, new Date());
  const preset = (days: number) => {
    const from = new Date(`${today}T00:00:00Z`);
    from.setUTCDate(from.getUTCDate() - (days - 1));
    return `/reports?${query({ ...range, from: from.toISOString().slice(0, 10), to: today })}`;
  };
  const volumeChannels = tables.volume.columns.slice(1, -1).map((c) => c.label);
  const volumeRows = tables.volume.rows.map((r) => Object.fromEntries([['day', r[0]!], ...volumeChannels.map((ch, i) => [ch, r[i + 1]!])]));
  const started = conv.firstResponse.started;
  const nothing = started === 0 && conv.resolution.count === 0;

  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Reports</h1>
          <p className="mt-1 text-sm text-slate-600">
            {range.from} to {range.to} · {range.channel ? channelLabels[range.channel] : 'All channels'} · days and hours in {range.timeZone}
          </p>
        </div>
        <nav aria-label="Date presets" className="flex gap-1 text-sm">
          {[7, 30, 90].map((days) => (
            <Link key={days} href={preset(days)} className="rounded-lg px-2.5 py-1 text-slate-700 ring-1 ring-slate-300 hover:bg-white">Last {days} days</Link>
          ))}
        </nav>
      </header>

      <form method="get" action="/reports" className="grid gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-4 sm:items-end" aria-label="Report filters">
        <div>
          <label htmlFor="report-from" className={labelClass}>From</label>
          <input id="report-from" name="from" type="date" defaultValue={range.from} max={today} className={`mt-1 ${inputClass}`} />
        </div>
        <div>
          <label htmlFor="report-to" className={labelClass}>To</label>
          <input id="report-to" name="to" type="date" defaultValue={range.to} className={`mt-1 ${inputClass}`} />
        </div>
        <div>
          <label htmlFor="report-channel" className={labelClass}>Channel</label>
          <select id="report-channel" name="channel" defaultValue={range.channel ?? ''} className={`mt-1 ${inputClass}`}>
            <option value="">All channels</option>
            {reportChannels.map((ch) => <option key={ch} value={ch}>{channelLabels[ch]}</option>)}
          </select>
        </div>
        <input type="hidden" name="tz" value={range.timeZone} />
        <div className="flex gap-2">
          <button type="submit" className="flex-1 rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">Apply</button>
          <Link href="/reports" className="rounded-lg px-3 py-2 text-sm font-semibold text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50">Reset</Link>
        </div>
      </form>

      {nothing ? (
        <p className="rounded-xl bg-white px-5 py-4 text-sm text-slate-700 shadow-sm ring-1 ring-slate-200" role="status">
          No conversations in this range{range.channel ? ` on ${channelLabels[range.channel]}` : ''}. Pick a wider range, or connect a channel on the{' '}
          <Link href="/channels" className="font-medium text-brand-700 underline">Channels</Link> page to start collecting.
        </p>
      ) : null}

      <ReportSection
        id="volume" title="Conversations by channel" description="New conversations per day." csvHref={csv('volume')}
        summary={<div className="grid grid-cols-2 gap-2 sm:grid-cols-4"><Stat label="Conversations" value={started.toLocaleString('en-US')} /></div>}
        chart={<VolumeChart rows={volumeRows} channels={volumeChannels} />}
        table={<ReportDataTable id="volume" table={tables.volume} compact />}
      />

      <ReportSection
        id="response-times" title="Response and resolution" csvHref={csv('response-times')}
        description="First response: from the customer's first message to the first reply (AI or person). Resolution: to closing, for conversations closed in the range."
        summary={
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            <Stat label="First response, median" value={formatDuration(conv.firstResponse.medianSeconds)} hint={`90th percentile ${formatDuration(conv.firstResponse.p90Seconds)}`} />
            <Stat label="Resolution, median" value={formatDuration(conv.resolution.medianSeconds)} hint={`90th percentile ${formatDuration(conv.resolution.p90Seconds)}`} />
            <Stat label="AI resolution rate" value={pct(conv.resolution.aiResolved, conv.resolution.count)} hint={`${conv.resolution.aiResolved} of ${conv.resolution.count} closed without a person`} />
            <Stat label="Unanswered" value={(started - conv.firstResponse.count).toLocaleString('en-US')} hint="started, no reply yet (or business-initiated)" />
          </div>
        }
        table={<ReportDataTable id="response-times" table={tables['response-times']} />}
      />

      <div className="grid gap-5 xl:grid-cols-2">
        <ReportSection
          id="handoffs" title="Handoffs" csvHref={csv('handoffs')}
          description="Conversations the AI handed to a person, by the rule that fired."
          summary={<div className="grid grid-cols-2 gap-2"><Stat label="Handoff rate" value={pct(agent.handoffs.handedOff, agent.handoffs.aiConversations)} hint={`${agent.handoffs.handedOff} of ${agent.handoffs.aiConversations} AI conversations`} /></div>}
          empty={agent.handoffs.reasons.length === 0 ? 'No handoffs in this range.' : null}
          chart={<CountBars rows={agent.handoffs.reasons.map((r) => ({ label: r.reason.replaceAll('_', ' '), value: r.count }))} valueLabel="Conversations" color="#e8590c" />}
          table={<ReportDataTable id="handoffs" table={tables.handoffs} />}
        />
        <ReportSection
          id="drafts" title="AI drafts" csvHref={csv('drafts')}
          description="What operators did with the AI's draft replies."
          empty={tables.drafts.rows.every((r) => r[1] === 0) ? 'No AI drafts in this range (drafts are written when the agent runs in draft mode).' : null}
          chart={<CountBars rows={tables.drafts.rows.slice(0, 3).map((r) => ({ label: String(r[0]), value: Number(r[1]) }))} valueLabel="Drafts" />}
          table={<ReportDataTable id="drafts" table={tables.drafts} />}
        />
      </div>

      <ReportSection
        id="members" title="Team" csvHref={csv('members')}
        description="Per member: conversations assigned, replies sent, first responses and their median time, conversations closed."
        empty={report.members.length === 0 ? 'No members.' : null}
        chart={<CountBars rows={report.members.map((m) => ({ label: m.name, value: m.replies }))} valueLabel="Replies" color="#0ca678" />}
        table={<ReportDataTable id="members" table={tables.members} />}
      />

      <ReportSection
        id="busiest-hours" title="Busiest hours" csvHref={csv('busiest-hours')}
        description={`Customer messages by weekday and hour (${range.timeZone}).`}
        empty={report.heatmap.length === 0 ? 'No customer messages in this range.' : null}
        table={<><BusiestHours rows={tables['busiest-hours'].rows} /><details className="mt-3"><summary className="cursor-pointer text-sm text-brand-700">Show the numbers</summary><div className="mt-2"><ReportDataTable id="busiest-hours" table={tables['busiest-hours']} compact /></div></details></>}
      />

      <ReportSection
        id="csat" title="Customer satisfaction" csvHref={csv('csat')}
        description="Answers to the rating question sent after a conversation is closed."
        summary={
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            <Stat label="CSAT score" value={csat.scorePercent === null ? '—' : formatReportValue(csat.scorePercent, 'percent')} hint="answers of 4 or 5" />
            <Stat label="Average rating" value={csat.average === null ? '—' : `${csat.average.toFixed(2)} / 5`} />
            <Stat label="Answered" value={`${csat.answered} of ${csat.sent}`} hint={`response rate ${pct(csat.answered, csat.sent)}`} />
          </div>
        }
        empty={csat.sent === 0 ? (report.csatEnabled ? 'No surveys sent in this range.' : 'The satisfaction survey is off. Owners and admins can turn it on in Settings → Workspace.') : null}
        chart={<CountBars rows={tables.csat.rows.map((r) => ({ label: String(r[0]), value: Number(r[1]) }))} valueLabel="Answers" color="#f59f00" />}
        table={<ReportDataTable id="csat" table={tables.csat} />}
      />
    </div>
  );
}
