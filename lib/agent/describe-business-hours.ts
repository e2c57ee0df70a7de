// Business hours in one line for the top of the AI assistant page ("Mon–Fri 09:00–17:00 · Sat–Sun
// closed"), with whether the business is open right now. Shown prominently because every reply
// outside these hours carries the away notice (or stays a draft), and the hours started as a
// default the owner never chose.
import { isWithinBusinessHours, weekdays, type BusinessHours } from './agent-settings.schema';

const short: Record<(typeof weekdays)[number], string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

export type BusinessHoursSummary = { schedule: string; timeZone: string; openNow: boolean };

export function describeBusinessHours(hours: BusinessHours, now: Date): BusinessHoursSummary {
  const byDay = new Map(hours.days.map((d) => [d.day, d.closed ? 'closed' : `${d.open}–${d.close}`]));
  // Runs of consecutive weekdays (Monday first) with the same hours become "Mon–Fri".
  const runs: { from: string; to: string; hours: string }[] = [];
  for (const day of weekdays) {
    const value = byDay.get(day) ?? 'closed';
    const last = runs.at(-1);
    if (last && last.hours === value) last.to = short[day];
    else runs.push({ from: short[day], to: short[day], hours: value });
  }
  const schedule = runs.map((r) => `${r.from === r.to ? r.from : `${r.from}–${r.to}`} ${r.hours}`).join(' · ');
  return { schedule, timeZone: hours.timeZone, openNow: isWithinBusinessHours(hours, now) };
}
