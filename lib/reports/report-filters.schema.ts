// The /reports filters, shared by the page, the CSV route and the domain function. They live in
// the URL (?from=2026-11-01&to=2026-11-30&channel=whatsapp&tz=Europe/Berlin) so a view can be
// bookmarked and shared.
import { z } from 'zod';

export const reportChannels = ['instagram', 'messenger', 'whatsapp'] as const;
export type ReportChannel = (typeof reportChannels)[number];
export const MAX_REPORT_DAYS = 366;
export const DEFAULT_REPORT_DAYS = 30;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-30').refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'Not a real date');

export function isValidTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const reportFiltersSchema = z.object({
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  channel: z.enum(reportChannels).optional().catch(undefined),
  tz: z.string().max(64).refine(isValidTimeZone).optional().catch(undefined),
});
export type ReportFiltersInput = z.input<typeof reportFiltersSchema>;

/** Resolved filters: both dates set (inclusive, in `timeZone`), at most MAX_REPORT_DAYS apart. */
export type ReportRange = { from: string; to: string; timeZone: string; channel: ReportChannel | null };

const addDays = (isoDay: string, days: number) => {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

/** Today in a time zone, as YYYY-MM-DD. */
export const todayIn = (timeZone: string, now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

/**
 * Fills the gaps: no dates → the last 30 days up to today; one date → 30 days from/to it;
 * reversed dates are swapped; a range longer than a year keeps its end and is cut to a year.
 */
export function resolveReportRange(input: z.infer<typeof reportFiltersSchema>, fallbackTimeZone: string, now = new Date()): ReportRange {
  const timeZone = input.tz ?? (isValidTimeZone(fallbackTimeZone) ? fallbackTimeZone : 'UTC');
  let to = input.to ?? (input.from ? addDays(input.from, DEFAULT_REPORT_DAYS - 1) : todayIn(timeZone, now));
  let from = input.from ?? addDays(to, -(DEFAULT_REPORT_DAYS - 1));
  if (from > to) [from, to] = [to, from];
  if (daysBetween(from, to) > MAX_REPORT_DAYS) from = addDays(to, -(MAX_REPORT_DAYS - 1));
  return { from, to, timeZone, channel: input.channel ?? null };
}

/** Every day of the range, for charts that must show empty days as zero. */
export function daysOf(range: Pick<ReportRange, 'from' | 'to'>): string[] {
  const days: string[] = [];
  for (let d = range.from; d <= range.to; d = addDays(d, 1)) days.push(d);
  return days;
}

export const reportTableIds = ['volume', 'response-times', 'handoffs', 'drafts', 'members', 'busiest-hours', 'csat'] as const;

/** The CSV route's query: the filters plus which table. */
export const reportCsvQuerySchema = reportFiltersSchema.extend({
  table: z.enum(reportTableIds),
});
