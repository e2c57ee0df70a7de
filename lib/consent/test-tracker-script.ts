// Tiny stand-ins for the vendors' tracker scripts, served by /api/dev/test-trackers on dev and
// e2e servers (TRACKER_SCRIPT_BASE_URL points there). Each records that it ran and sets the
// first-party cookie its vendor would, so tests can prove loading, blocking and cookie removal.
import type { TrackerKey } from './tracker-registry';

const fakeCookies: Record<TrackerKey, string[]> = {
  ga4: ['_ga=GA1.1.test', '_ga_TEST=GS1.1.test'],
  clarity: ['_clck=test', '_clsk=test'],
  'meta-pixel': ['_fbp=fb.1.test'],
  linkjolt: ['lj_ref=test'],
};

export function testTrackerScript(key: string): string | null {
  if (!(key in fakeCookies)) return null;
  const cookies = fakeCookies[key as TrackerKey];
  return [
    '(function () {',
    `  (window.__testTrackers = window.__testTrackers || []).push(${JSON.stringify(key)});`,
    ...cookies.map((cookie) => `  document.cookie = ${JSON.stringify(`${cookie}; Path=/; Max-Age=3600; SameSite=Lax`)};`),
    // Linkjolt keeps its referral reference in localStorage too; withdrawal must remove both.
    ...(key === 'linkjolt' ? ["  localStorage.setItem('lj_ref', 'test');"] : []),
    '})();',
  ].join('\n');
}
