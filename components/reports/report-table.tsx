// The accessible table beside each chart (and the same data as the CSV download).
import { formatReportValue } from '@/lib/reports/format-report-value';
import type { ReportTable } from '@/lib/reports/report-tables';

export function ReportDataTable({ table, id, compact = false }: { table: ReportTable; id: string; compact?: boolean }) {
  return (
    <div className="max-h-80 overflow-auto rounded-lg ring-1 ring-slate-200" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table className={`w-full text-left ${compact ? 'text-xs' : 'text-sm'}`} data-report-table={id}>
        <caption id={`${id}-caption`} className="sr-only">{table.title}</caption>
        <thead className="sticky top-0 bg-slate-50 text-slate-600">
          <tr>
            {table.columns.map((c, i) => (
              <th key={c.label} scope="col" className={`whitespace-nowrap px-3 py-2 font-medium ${i > 0 ? 'text-right' : ''}`}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="whitespace-nowrap px-3 py-1.5 font-normal text-slate-800">{formatReportValue(cell, table.columns[i]!.format)}</th>
                ) : (
                  <td key={i} className="whitespace-nowrap px-3 py-1.5 text-right tabular-nums text-slate-800">{formatReportValue(cell, table.columns[i]!.format)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
