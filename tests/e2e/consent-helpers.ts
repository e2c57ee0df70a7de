import type { BrowserContext, Page } from '@playwright/test';

// The e2e server enables all four trackers and serves their scripts from this local double
// (scripts/e2e-server.ts sets GA4_MEASUREMENT_ID … and TRACKER_SCRIPT_BASE_URL).
export const TEST_TRACKER_PATH = '/api/dev/test-trackers/';
export const TRACKER_KEYS = ['ga4', 'clarity', 'meta-pixel', 'linkjolt'] as const;
export const ANALYTICS_KEYS = ['ga4', 'clarity'];
export const POLICY_VERSION_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Every request a context makes, including sub-resources, redirects and service workers. */
export function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** Tracker keys whose script (or test double) was requested. */
export function trackerRequests(urls: string[]): string[] {
  const vendors: [string, RegExp][] = [
    ['ga4', /googletagmanager\.com|google-analytics\.com/],
    ['clarity', /clarity\.ms/],
    ['meta-pixel', /connect\.facebook\.net|facebook\.com\/tr/],
    ['linkjolt', /linkjolt\.io/],
  ];
  const keys = new Set<string>();
  for (const url of urls) {
    const path = new URL(url).pathname;
    if (path.startsWith(TEST_TRACKER_PATH)) keys.add(path.slice(TEST_TRACKER_PATH.length).replace(/\.js$/, ''));
    for (const [key, pattern] of vendors) if (pattern.test(url)) keys.add(key);
  }
  return [...keys].sort();
}

export async function consentCookie(context: BrowserContext): Promise<{ id: string; analytics: boolean; advertising: boolean; gpc: boolean; policy: string } | null> {
  const cookie = (await context.cookies()).find((c) => c.name === 'rd_consent');
  return cookie ? JSON.parse(decodeURIComponent(cookie.value)) : null;
}

export async function trackerCookieNames(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((c) => c.name).filter((name) => /^(_ga|_clck|_clsk|_fbp|_fbc|lj_|linkjolt)/.test(name)).sort();
}

/**
 * For other specs on public pages: answer the banner with "Reject all" up front, so it does not
 * cover buttons. Call before the first page.goto.
 */
export async function rejectTrackersUpFront(context: BrowserContext, baseURL: string, policyVersion: string): Promise<void> {
  const value = encodeURIComponent(JSON.stringify({ v: 1, id: crypto.randomUUID(), policy: policyVersion, analytics: false, advertising: false, gpc: false, at: new Date().toISOString() }));
  await context.addCookies([{ name: 'rd_consent', value, url: baseURL }]);
}

/** Tab (at most `max` times) until the focused element is the button or link named `name`. */
export async function tabTo(page: Page, name: string, max = 25): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    // A checkbox's name is its label's text; a button's or link's is its own.
    const focused = await page.evaluate(() => {
      const element = document.activeElement as (HTMLElement & { labels?: NodeListOf<HTMLLabelElement> }) | null;
      return (element?.labels?.[0]?.textContent ?? element?.textContent ?? '').trim();
    });
    if (focused === name) return;
  }
  throw new Error(`"${name}" not reached with ${max} Tab presses`);
}
