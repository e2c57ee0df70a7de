// Pure helpers for the thread view: delivery ticks, day grouping, sizes and sender notes.
import type { ChannelType, MessageSender, MessageStatus } from '@/lib/inbox/list-thread-messages';
import { channelTypeLabel } from '@/lib/channels/channel-labels';

export type DeliveryTick = { symbol: string; label: string; tone: 'muted' | 'read' | 'failed' };

/** Outbound delivery state as an icon and a screen-reader label; null for inbound/deleted. */
export function deliveryTick(status: MessageStatus): DeliveryTick | null {
  switch (status) {
    case 'queued': return { symbol: '🕓', label: 'Sending', tone: 'muted' };
    case 'sent': return { symbol: '✓', label: 'Sent', tone: 'muted' };
    case 'delivered': return { symbol: '✓✓', label: 'Delivered', tone: 'muted' };
    case 'read': return { symbol: '✓✓', label: 'Read', tone: 'read' };
    case 'failed': return { symbol: '!', label: 'Not sent', tone: 'failed' };
    default: return null;
  }
}

const dayFormat = new Intl.DateTimeFormat('en', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });

/** UTC calendar day key, YYYY-MM-DD (absolute times in the app are shown in UTC). */
export const dayKey = (date: Date) => date.toISOString().slice(0, 10);

/** "Today", "Yesterday" or "Monday, 2 November 2026". */
export function dayLabel(date: Date, now = new Date()): string {
  const key = dayKey(date);
  if (key === dayKey(now)) return 'Today';
  if (key === dayKey(new Date(now.getTime() - 86_400_000))) return 'Yesterday';
  return dayFormat.format(date);
}

/** "14:05" (UTC, like the absolute times elsewhere). */
export const clockTime = (date: Date) => timeFormat.format(date);

/** Consecutive runs of items on the same UTC day, in the order given. */
export function groupByDay<T extends { sentAt: Date }>(items: T[]): { day: string; first: Date; items: T[] }[] {
  const groups: { day: string; first: Date; items: T[] }[] = [];
  for (const item of items) {
    const day = dayKey(item.sentAt);
    const last = groups.at(-1);
    if (last && last.day === day) last.items.push(item);
    else groups.push({ day, first: item.sentAt, items: [item] });
  }
  return groups;
}

/** 1536 → "1.5 KB". */
export function formatFileSize(bytes: number | null | undefined): string | null {
  if (bytes == null || bytes < 0) return null;
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} ${units[unit]}`;
}

const appName = channelTypeLabel;

/**
 * The small note above a bubble saying who sent it, when it is not obvious. An approved AI draft
 * is the AI's text that a person let through ("Written by AI · approved by Sam"); an edited one
 * is the person's own words, started from an AI draft.
 */
export function senderNote(sender: MessageSender, channelType: ChannelType, authorName: string | null, draft: { approvedByName?: string | null; editedFromDraft?: boolean } = {}): string | null {
  if (sender === 'native_app') return `Sent from the ${appName[channelType]} app`;
  if (sender === 'operator') return authorName && draft.editedFromDraft ? `${authorName} · edited an AI draft` : authorName;
  if (sender === 'ai' && draft.approvedByName) return `Written by AI · approved by ${draft.approvedByName}`;
  return null;
}
