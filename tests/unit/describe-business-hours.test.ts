import { describe, expect, it } from 'vitest';
import { defaultAgentSettings } from '@/lib/agent/agent-settings.schema';
import { describeBusinessHours } from '@/lib/agent/describe-business-hours';
import { workspaceTimeZone } from '@/lib/workspaces/time-zone.schema';

describe('business hours default to the owner\'s time zone (issue 14)', () => {
  it('keeps a known IANA zone, canonicalises its case, and falls back to UTC for anything else', () => {
    expect(workspaceTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(workspaceTimeZone('america/new_york')).toBe('America/New_York');
    for (const bad of [undefined, null, '', 'Mars/Olympus_Mons', 'Europe/Berlin; drop table', '../../etc/passwd', 'x'.repeat(300), '+01:00']) {
      expect(workspaceTimeZone(bad)).toBe('UTC');
    }
  });

  it('uses the zone for the default business hours', () => {
    expect(defaultAgentSettings('Asia/Tokyo').businessHours.timeZone).toBe('Asia/Tokyo');
    expect(defaultAgentSettings().businessHours.timeZone).toBe('UTC');
    expect(defaultAgentSettings('Nowhere/Else').businessHours.timeZone).toBe('UTC');
  });

  it('summarises the week in one line and says whether it is open now, in that zone', () => {
    const hours = defaultAgentSettings('Europe/Berlin').businessHours;
    // Monday 2026-12-07 08:30 UTC = 09:30 in Berlin (open); 16:30 UTC = 17:30 (closed).
    expect(describeBusinessHours(hours, new Date('2026-12-07T08:30:00Z'))).toEqual({ schedule: 'Mon–Fri 09:00–17:00 · Sat–Sun closed', timeZone: 'Europe/Berlin', openNow: true });
    expect(describeBusinessHours(hours, new Date('2026-12-07T16:30:00Z')).openNow).toBe(false);
    const mixed = { ...hours, days: hours.days.map((d) => (d.day === 'wed' ? { ...d, open: '12:00' } : d)) };
    expect(describeBusinessHours(mixed, new Date()).schedule).toBe('Mon–Tue 09:00–17:00 · Wed 12:00–17:00 · Thu–Fri 09:00–17:00 · Sat–Sun closed');
  });
});
