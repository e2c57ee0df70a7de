import { describe, expect, it } from 'vitest';
import { parseCsatAnswer } from '@/lib/csat/csat-question';
import { formatDuration } from '@/lib/reports/format-report-value';
import { csvCell, reportTableCsv } from '@/lib/reports/report-csv';
import { daysOf, resolveReportRange } from '@/lib/reports/report-filters.schema';

describe('report CSV', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const evil of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd']) expect(csvCell(evil).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('Ada')).toBe('Ada');
    expect(csvCell('a "quoted", name')).toBe('"a ""quoted"", name"');
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(12.3456)).toBe('12.35');
    expect(csvCell(null)).toBe('');
  });

  it('labels units in the header and ends rows with CRLF', () => {
    const csv = reportTableCsv({ title: 't', columns: [{ label: 'Member', format: 'text' }, { label: 'Median', format: 'seconds' }, { label: 'Share', format: 'percent' }], rows: [['=Ada', 90, null]] });
    expect(csv).toBe("Member,Median (seconds),Share (%)\r\n'=Ada,90,\r\n");
  });
});

describe('report range', () => {
  const now = new Date('2026-11-30T23:30:00Z');
  it('defaults to the last 30 days in the zone (already Dec 1 in Berlin)', () => {
    expect(resolveReportRange({}, 'Europe/Berlin', now)).toEqual({ from: '2026-11-02', to: '2026-12-01', timeZone: 'Europe/Berlin', channel: null });
    expect(resolveReportRange({}, 'UTC', now)).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
  });
  it('swaps reversed dates, caps at a year and falls back from a bad zone', () => {
    expect(resolveReportRange({ from: '2026-11-10', to: '2026-11-01' }, 'UTC', now)).toMatchObject({ from: '2026-11-01', to: '2026-11-10' });
    expect(resolveReportRange({ from: '2020-01-01', to: '2026-11-30' }, 'UTC', now)).toMatchObject({ from: '2025-11-30', to: '2026-11-30' });
    expect(resolveReportRange({}, 'Not/AZone', now).timeZone).toBe('UTC');
    expect(daysOf({ from: '2026-02-27', to: '2026-03-01' })).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
  });
});

describe('CSAT answers', () => {
  it('reads tapped payloads and bare typed numbers only', () => {
    expect(parseCsatAnswer({ text: 'x', details: { quickReplyPayload: 'csat:4' } })).toEqual({ rating: 4, tapped: true });
    expect(parseCsatAnswer({ text: 'x', details: { replyId: 'csat:1' } })).toEqual({ rating: 1, tapped: true });
    expect(parseCsatAnswer({ text: '5/5!' })).toEqual({ rating: 5, tapped: false });
    for (const text of ['6', '0', 'I give it 5', '12', '', 'csat:3']) expect(parseCsatAnswer({ text })).toBeNull();
    expect(parseCsatAnswer({ text: 'x', details: { quickReplyPayload: 'csat:9' } })).toBeNull();
  });
  it('formats durations for people', () => {
    expect([formatDuration(null), formatDuration(42), formatDuration(540), formatDuration(5400), formatDuration(70560), formatDuration(86400 * 3)]).toEqual(['—', '42s', '9m', '1h 30m', '19h 36m', '3d']);
  });
});
