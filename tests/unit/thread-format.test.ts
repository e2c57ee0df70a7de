import { describe, expect, it } from 'vitest';
import { clockTime, dayLabel, deliveryTick, formatFileSize, groupByDay, senderNote } from '@/components/inbox/thread/thread-format';

describe('deliveryTick', () => {
  it('maps outbound statuses to a symbol and a spoken label', () => {
    expect(deliveryTick('queued')).toMatchObject({ label: 'Sending', tone: 'muted' });
    expect(deliveryTick('sent')).toMatchObject({ symbol: '✓', label: 'Sent' });
    expect(deliveryTick('delivered')).toMatchObject({ symbol: '✓✓', label: 'Delivered', tone: 'muted' });
    expect(deliveryTick('read')).toMatchObject({ symbol: '✓✓', label: 'Read', tone: 'read' });
    expect(deliveryTick('failed')).toMatchObject({ label: 'Not sent', tone: 'failed' });
    expect(deliveryTick('received')).toBeNull();
    expect(deliveryTick('deleted')).toBeNull();
  });
});

describe('groupByDay', () => {
  it('groups consecutive messages by UTC day, keeping order', () => {
    const m = (iso: string) => ({ sentAt: new Date(iso) });
    const groups = groupByDay([m('2026-11-01T23:59:00Z'), m('2026-11-02T00:00:00Z'), m('2026-11-02T10:00:00Z'), m('2026-11-04T08:00:00Z')]);
    expect(groups.map((g) => [g.day, g.items.length])).toEqual([['2026-11-01', 1], ['2026-11-02', 2], ['2026-11-04', 1]]);
    expect(groupByDay([])).toEqual([]);
  });

  it('labels today, yesterday and older days', () => {
    const now = new Date('2026-11-05T12:00:00Z');
    expect(dayLabel(new Date('2026-11-05T01:00:00Z'), now)).toBe('Today');
    expect(dayLabel(new Date('2026-11-04T23:00:00Z'), now)).toBe('Yesterday');
    expect(dayLabel(new Date('2026-11-01T10:00:00Z'), now)).toBe('Sunday, November 1, 2026');
  });
});

describe('formatFileSize', () => {
  it('formats bytes for document cards', () => {
    expect(formatFileSize(null)).toBeNull();
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(1536)).toBe('1.5 KB');
    expect(formatFileSize(20 * 1024 * 1024)).toBe('20 MB');
  });
});

describe('senderNote', () => {
  it('marks echoes from the native app and names operators', () => {
    expect(senderNote('native_app', 'instagram', null)).toBe('Sent from the Instagram app');
    expect(senderNote('native_app', 'whatsapp', null)).toBe('Sent from the WhatsApp app');
    expect(senderNote('operator', 'messenger', 'Maya')).toBe('Maya');
    expect(senderNote('customer', 'messenger', null)).toBeNull();
    expect(senderNote('ai', 'messenger', null)).toBeNull();
    expect(senderNote('ai', 'instagram', null, { approvedByName: 'Sam' })).toBe('Written by AI · approved by Sam');
    expect(senderNote('operator', 'instagram', 'Sam', { editedFromDraft: true })).toBe('Sam · edited an AI draft');
  });
});

describe('clockTime after midnight', () => {
  it('shows 00:56, never 24:56', () => {
    expect(clockTime(new Date('2026-11-28T00:56:00Z'))).toBe('00:56');
  });
});
