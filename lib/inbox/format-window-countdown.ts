// The composer's countdown text, pure so the client ticks it and tests pin it.

/** "23h 12m", "12m", "45s" (never negative). */
export function formatRemaining(endsAt: Date, now: Date): string {
  const seconds = Math.max(0, Math.floor((endsAt.getTime() - now.getTime()) / 1000));
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  // Up to 48 h the hours read better than "1d 0h" ("24h 0m left in the 24-hour window").
  if (days > 1) return `${days}d ${hours}h`;
  if (days === 1) return `${24 + hours}h ${minutes}m`;
  if (hours > 0) return `${hours}h ${minutes}m`;
  if (minutes > 0) return `${minutes}m`;
  return `${seconds}s`;
}

/** "Sat 28 Nov, 14:05" in the viewer's locale and zone. */
export function formatUntil(endsAt: Date, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(endsAt);
}

/** A recording timer: "0:07", "2:15". */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
