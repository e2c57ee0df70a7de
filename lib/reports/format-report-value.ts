// How report numbers read on the page (CSV keeps raw seconds and percentages).
import type { CellFormat } from './report-tables';

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours}h ${minutes % 60}m` : `${hours}h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days}d ${hours % 24}h` : `${days}d`;
}

export function formatReportValue(value: string | number | null, format: CellFormat): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  if (format === 'seconds') return formatDuration(value);
  if (format === 'percent') return `${value.toFixed(value >= 10 || value === 0 ? 0 : 1)}%`;
  if (format === 'decimal') return value.toFixed(2);
  return value.toLocaleString('en-US');
}
