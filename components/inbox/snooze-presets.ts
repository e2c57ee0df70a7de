// Snooze times in the browser's own time zone ("tomorrow 9:00" means the operator's morning).
export type SnoozePreset = { id: string; label: string; at: (now: Date) => Date };

export const snoozePresets: SnoozePreset[] = [
  { id: 'hour', label: '1 hour', at: (now) => new Date(now.getTime() + 60 * 60 * 1000) },
  {
    id: 'tomorrow', label: 'Tomorrow 9:00', at: (now) => {
      const d = new Date(now);
      d.setDate(d.getDate() + 1);
      d.setHours(9, 0, 0, 0);
      return d;
    },
  },
  {
    id: 'next-week', label: 'Next week (Mon 9:00)', at: (now) => {
      const d = new Date(now);
      d.setDate(d.getDate() + (((8 - d.getDay()) % 7) || 7));
      d.setHours(9, 0, 0, 0);
      return d;
    },
  },
];

/** A datetime-local value ("2026-11-28T09:00", local time) as an ISO instant; null when empty or invalid. */
export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
