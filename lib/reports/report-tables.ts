// The report as tables: what the page shows beside each chart and what each CSV download
// holds — one source, so the two never disagree. Pure (unit-tested).
import type { Report } from './get-report';
import { daysOf, reportChannels } from './report-filters.schema';

export type CellFormat = 'text' | 'int' | 'seconds' | 'percent' | 'decimal';
export type ReportTable = { title: string; columns: { label: string; format: CellFormat }[]; rows: (string | number | null)[][] };
export { reportTableIds } from './report-filters.schema';
import type { reportTableIds } from './report-filters.schema';
export type ReportTableId = (typeof reportTableIds)[number];

export const channelLabels = { instagram: 'Instagram', messenger: 'Messenger', whatsapp: 'WhatsApp' } as const;
export const weekdayLabels = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const share = (part: number, whole: number) => (whole ? (part / whole) * 100 : null);

export function reportTables(report: Report): Record<ReportTableId, ReportTable> {
  const { conversations: conv, agent, csat } = report;
  const channels = report.range.channel ? [report.range.channel] : [...reportChannels];
  const volume = daysOf(report.range).map((day) => {
    const counts = channels.map((ch) => conv.volume.find((v) => v.day === day && v.channel === ch)?.count ?? 0);
    return [day, ...counts, counts.reduce((a, b) => a + b, 0)];
  });
  const drafts = agent.drafts;
  const decided = drafts.approved + drafts.edited + drafts.discarded;
  const heat = new Map(report.heatmap.map((c) => [`${c.weekday}:${c.hour}`, c.count]));
  return {
    volume: {
      title: 'Conversations by channel',
      columns: [{ label: 'Day', format: 'text' }, ...channels.map((ch) => ({ label: channelLabels[ch], format: 'int' as const })), { label: 'Total', format: 'int' }],
      rows: volume,
    },
    'response-times': {
      title: 'Response and resolution times',
      columns: [{ label: 'Measure', format: 'text' }, { label: 'Conversations', format: 'int' }, { label: 'Median', format: 'seconds' }, { label: '90th percentile', format: 'seconds' }],
      rows: [
        ['First response', conv.firstResponse.count, conv.firstResponse.medianSeconds, conv.firstResponse.p90Seconds],
        ['Resolution', conv.resolution.count, conv.resolution.medianSeconds, conv.resolution.p90Seconds],
      ],
    },
    handoffs: {
      title: 'Handoffs to a person, by reason',
      columns: [{ label: 'Reason', format: 'text' }, { label: 'Conversations', format: 'int' }, { label: 'Share of AI conversations', format: 'percent' }],
      rows: agent.handoffs.reasons.map((r) => [r.reason, r.count, share(r.count, agent.handoffs.aiConversations)]),
    },
    drafts: {
      title: 'AI drafts',
      columns: [{ label: 'Outcome', format: 'text' }, { label: 'Drafts', format: 'int' }, { label: 'Share of decided', format: 'percent' }],
      rows: [
        ['Approved as written', drafts.approved, share(drafts.approved, decided)],
        ['Edited, then sent', drafts.edited, share(drafts.edited, decided)],
        ['Discarded', drafts.discarded, share(drafts.discarded, decided)],
        ['Replaced before a decision', drafts.superseded, null],
        ['Waiting for a decision', drafts.pending, null],
      ],
    },
    members: {
      title: 'Team members',
      columns: [
        { label: 'Member', format: 'text' }, { label: 'Assigned', format: 'int' }, { label: 'Replies', format: 'int' },
        { label: 'First responses', format: 'int' }, { label: 'Median first response', format: 'seconds' }, { label: 'Closed', format: 'int' },
      ],
      rows: report.members.map((m) => [m.name, m.assigned, m.replies, m.firstResponses, m.medianFirstResponseSeconds, m.closed]),
    },
    'busiest-hours': {
      title: 'Customer messages by weekday and hour',
      columns: [{ label: 'Weekday', format: 'text' }, ...Array.from({ length: 24 }, (_, h) => ({ label: `${String(h).padStart(2, '0')}:00`, format: 'int' as const }))],
      rows: weekdayLabels.map((label, i) => [label, ...Array.from({ length: 24 }, (_, h) => heat.get(`${i + 1}:${h}`) ?? 0)]),
    },
    csat: {
      title: 'Customer satisfaction answers',
      columns: [{ label: 'Rating', format: 'text' }, { label: 'Answers', format: 'int' }, { label: 'Share', format: 'percent' }],
      rows: [...csat.distribution].reverse().map((d) => [`${d.rating} of 5`, d.count, share(d.count, csat.answered)]),
    },
  };
}
