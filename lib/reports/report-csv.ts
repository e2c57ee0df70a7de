// One report table as CSV (RFC 4180). Spreadsheet apps run a cell that starts with = + - @ or a
// tab/CR as a formula, and member names, handoff reasons and labels come from people, so such
// text cells get a leading apostrophe (the OWASP "CSV injection" advice). Numbers stay numbers.
import type { ReportTable } from './report-tables';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function reportTableCsv(table: ReportTable): string {
  // Durations go out in seconds so spreadsheets can compute with them; the header says so.
  const header = table.columns.map((c) => csvCell(c.format === 'seconds' ? `${c.label} (seconds)` : c.format === 'percent' ? `${c.label} (%)` : c.label));
  return [header.join(','), ...table.rows.map((row) => row.map(csvCell).join(','))].join('\r\n') + '\r\n';
}
