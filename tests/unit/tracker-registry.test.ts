import { describe, expect, it } from 'vitest';
import { consentCategories } from '@/lib/consent/consent-categories';
import { necessaryCookies } from '@/lib/consent/necessary-cookies';
import { enabledTrackers, publicTrackers, trackerCspSources, trackerRegistry } from '@/lib/consent/tracker-registry';
import { contentSecurityPolicy } from '@/lib/security/content-security-policy';

const allIds = { GA4_MEASUREMENT_ID: 'G-ABC123XYZ', CLARITY_PROJECT_ID: 'abcd1234ef', META_PIXEL_ID: '1234567890', LINKJOLT_ID: 'NKdBH0Xt51wf' };

describe('tracker registry', () => {
  it('has every tracker, each off when its id is unset', () => {
    const registry = trackerRegistry({});
    expect(registry.map((t) => t.key).sort()).toEqual(['clarity', 'ga4', 'linkjolt', 'meta-pixel']);
    expect(registry.every((t) => !t.enabled && t.scriptUrl === null && t.trackingId === null)).toBe(true);
    expect(enabledTrackers({})).toEqual([]);
    expect(trackerCspSources({})).toEqual({ script: [], connect: [], img: [] });
  });

  it('enables exactly the trackers whose id is set, blank meaning unset', () => {
    expect(enabledTrackers({ GA4_MEASUREMENT_ID: 'G-ABC123XYZ', META_PIXEL_ID: '' }).map((t) => t.key)).toEqual(['ga4']);
    expect(enabledTrackers({ META_PIXEL_ID: '1234567890', LINKJOLT_ID: 'NKdBH0Xt51wf' }).map((t) => t.key)).toEqual(['meta-pixel', 'linkjolt']);
  });

  it('uses the vendors’ script URLs and CSP hosts by default', () => {
    const byKey = Object.fromEntries(trackerRegistry(allIds).map((t) => [t.key, t]));
    expect(byKey.ga4!.scriptUrl).toBe('https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ');
    expect(byKey.clarity!.scriptUrl).toBe('https://www.clarity.ms/tag/abcd1234ef');
    expect(byKey['meta-pixel']!.scriptUrl).toBe('https://connect.facebook.net/en_US/fbevents.js');
    expect(byKey.linkjolt!.scriptUrl).toBe('https://www.linkjolt.io/api/tracking.js?id=NKdBH0Xt51wf');
    const csp = contentSecurityPolicy('n0nce', { dev: false, trackers: trackerCspSources(allIds) });
    expect(csp).toMatch(/script-src [^;]*https:\/\/www\.googletagmanager\.com/);
    expect(csp).toMatch(/connect-src [^;]*https:\/\/\*\.google-analytics\.com/);
    expect(csp).toMatch(/img-src [^;]*https:\/\/www\.facebook\.com/);
  });

  it('adds only the enabled trackers’ hosts to the CSP', () => {
    const csp = contentSecurityPolicy('n0nce', { dev: false, trackers: trackerCspSources({ CLARITY_PROJECT_ID: 'abcd1234ef' }) });
    expect(csp).toContain('clarity.ms');
    expect(csp).not.toContain('facebook');
    expect(csp).not.toContain('google');
  });

  it('loads every script from the test double when TRACKER_SCRIPT_BASE_URL is set', () => {
    const env = { ...allIds, TRACKER_SCRIPT_BASE_URL: 'http://localhost:3100/api/dev/test-trackers/' };
    expect(publicTrackers(env).map((t) => t.scriptUrl)).toEqual([
      'http://localhost:3100/api/dev/test-trackers/ga4.js?id=G-ABC123XYZ',
      'http://localhost:3100/api/dev/test-trackers/clarity.js?id=abcd1234ef',
      'http://localhost:3100/api/dev/test-trackers/meta-pixel.js?id=1234567890',
      'http://localhost:3100/api/dev/test-trackers/linkjolt.js?id=NKdBH0Xt51wf',
    ]);
    expect(trackerCspSources(env)).toEqual({ script: ['http://localhost:3100'], connect: ['http://localhost:3100'], img: [] });
  });

  it('rejects malformed ids instead of loading something unexpected', () => {
    expect(() => trackerRegistry({ GA4_MEASUREMENT_ID: 'UA-123"><script>' })).toThrow(/G-XXXXXXXXXX/);
    expect(() => trackerRegistry({ META_PIXEL_ID: 'abc' })).toThrow();
  });

  it('describes every cookie with name, purpose, duration, issuer and category', () => {
    for (const entry of [...necessaryCookies, ...trackerRegistry(allIds)]) {
      expect(consentCategories).toContain(entry.category);
      expect(entry.issuer).not.toBe('');
      expect(entry.cookies.length).toBeGreaterThan(0);
      for (const cookie of entry.cookies) for (const field of [cookie.name, cookie.purpose, cookie.duration]) expect(field).not.toBe('');
    }
    expect(necessaryCookies.flatMap((e) => e.cookies.map((c) => c.name))).toEqual(expect.arrayContaining(['rd_session', 'rd_consent']));
  });
});

describe('content security policy for Meta media', () => {
  it("allows images from Meta's CDNs (avatars, story previews) and no other remote host (issue 14)", () => {
    const imgSrc = contentSecurityPolicy('n0nce', { dev: false }).split('; ').find((d) => d.startsWith('img-src '))!;
    expect(imgSrc.split(' ').slice(1).sort()).toEqual(["'self'", 'blob:', 'data:', 'https://*.cdninstagram.com', 'https://*.fbcdn.net', 'https://*.fbsbx.com'].sort());
  });
});
