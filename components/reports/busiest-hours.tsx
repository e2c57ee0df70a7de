// The busiest-hours heatmap: a 7 × 24 grid shaded by customer messages. Decorative for screen
// readers; the table below it has the counts.
import { weekdayLabels } from '@/lib/reports/report-tables';

export function BusiestHours({ rows }: { rows: (string | number | null)[][] }) {
  const max = Math.max(1, ...rows.flatMap((r) => r.slice(1).map((v) => Number(v ?? 0))));
  return (
    <div aria-hidden="true" className="overflow-x-auto" data-chart="heatmap">
      <div className="grid min-w-[560px] gap-0.5" style={{ gridTemplateColumns: '2.5rem repeat(24, minmax(0, 1fr))' }}>
        <span />
        {Array.from({ length: 24 }, (_, h) => <span key={h} className="text-center text-[10px] text-slate-500">{h % 3 === 0 ? h : ''}</span>)}
        {rows.map((row, d) => [
          <span key={`l${d}`} className="pr-1 text-right text-xs leading-5 text-slate-600">{weekdayLabels[d]!.slice(0, 3)}</span>,
          ...row.slice(1).map((v, h) => {
            const n = Number(v ?? 0);
            return <span key={`${d}-${h}`} title={`${weekdayLabels[d]} ${h}:00 — ${n}`} className="h-5 rounded-sm" style={{ backgroundColor: n ? `rgba(59, 84, 230, ${0.12 + 0.88 * (n / max)})` : '#f1f5f9' }} />;
          }),
        ])}
      </div>
    </div>
  );
}
