import type { ReactNode } from 'react';

/** "2026-12-05 12:00:00" (UTC), the platform pages' time format. */
export const utcTime = (date: Date | null) => (date ? date.toISOString().replace('T', ' ').slice(0, 19) : '—');

/** The platform admin pages' table: headings, rows, and a line when there are none. */
export function PlatformTable({ headings, empty, children }: { headings: string[]; empty: string; children: ReactNode[] }) {
  return (
    <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase text-slate-500">
          <tr>{headings.map((h) => <th key={h} className="px-3 py-2">{h}</th>)}</tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {children.length === 0 && <tr><td colSpan={headings.length} className="px-3 py-4 text-slate-500">{empty}</td></tr>}
          {children}
        </tbody>
      </table>
    </div>
  );
}
