// Months as "YYYY-MM" in UTC: the unit of the usage page, the cap and capAlertedMonth.
import { z } from 'zod';

export const usageMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Choose a month like 2026-11.');

export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** [start, end) of the month in UTC. */
export function monthRange(month: string): { start: Date; end: Date } {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return { start: new Date(Date.UTC(year, mon - 1, 1)), end: new Date(Date.UTC(year, mon, 1)) };
}

/** The last `count` months, newest first (for the month picker). */
export function recentMonths(now: Date, count: number): string[] {
  return Array.from({ length: count }, (_, i) => monthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1))));
}

/** 1 US cent = 10,000 micro-dollars (AgentRun.costMicros). */
export const MICROS_PER_CENT = 10_000;
