// Every cookie and tracker the public site can set, in one place: the banner lists them per
// category, the Cookie Policy renders its table from them, the loader injects the enabled
// trackers' scripts after consent, and the proxy widens the CSP for their hosts.
// A tracker is enabled iff its id variable is set (see tracker-env.ts).
// Imported by proxy.ts: keep it free of server-only modules (necessary-cookies.ts lists ours).
import type { ConsentCategory } from './consent-categories';
import { parseTrackerEnv, type TrackerEnv } from './tracker-env';

export type TrackerKey = 'ga4' | 'clarity' | 'meta-pixel' | 'linkjolt';

export type CookieInfo = { name: string; purpose: string; duration: string };

export type RegistryEntry = {
  key: string;
  name: string;
  issuer: string;
  category: ConsentCategory;
  purpose: string;
  cookies: CookieInfo[];
};

export type TrackerEntry = RegistryEntry & {
  key: TrackerKey;
  category: Exclude<ConsentCategory, 'necessary'>;
  enabled: boolean;
  /** The configured id (measurement, project, pixel or merchant id); null when disabled. */
  trackingId: string | null;
  /** Where the script is loaded from (null when disabled). */
  scriptUrl: string | null;
  /** First-party cookie name prefixes to delete when consent is withdrawn. */
  cookiePrefixes: string[];
  csp: { script: string[]; connect: string[]; img: string[] };
};

type TrackerDefinition = Omit<TrackerEntry, 'enabled' | 'scriptUrl' | 'trackingId'> & {
  idVariable: 'GA4_MEASUREMENT_ID' | 'CLARITY_PROJECT_ID' | 'META_PIXEL_ID' | 'LINKJOLT_ID';
  vendorScriptUrl: (id: string) => string;
};

const trackerDefinitions: TrackerDefinition[] = [
  {
    key: 'ga4',
    name: 'Google Analytics 4',
    issuer: 'Google Ireland Ltd / Google LLC',
    category: 'analytics',
    purpose: 'Counts visits and measures which pages are read and which links are used.',
    idVariable: 'GA4_MEASUREMENT_ID',
    vendorScriptUrl: (id) => `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(id)}`,
    cookies: [
      // Capped at our 13-month maximum and not renewed by visits (tracker-cookie-lifetime.ts).
      { name: '_ga', purpose: 'Distinguishes visitors with a random id.', duration: '13 months' },
      { name: '_ga_<container-id>', purpose: 'Keeps the state of your current visit.', duration: '13 months' },
    ],
    cookiePrefixes: ['_ga', '_gid', '_gat'],
    csp: {
      script: ['https://www.googletagmanager.com'],
      connect: ['https://*.google-analytics.com', 'https://*.analytics.google.com', 'https://www.googletagmanager.com'],
      img: ['https://*.google-analytics.com', 'https://www.googletagmanager.com'],
    },
  },
  {
    key: 'clarity',
    name: 'Microsoft Clarity',
    issuer: 'Microsoft Ireland Operations Ltd',
    category: 'analytics',
    purpose: 'Records anonymised clicks, scrolling and page heat maps so we can see where pages confuse visitors.',
    idVariable: 'CLARITY_PROJECT_ID',
    vendorScriptUrl: (id) => `https://www.clarity.ms/tag/${encodeURIComponent(id)}`,
    cookies: [
      { name: '_clck', purpose: 'Keeps the Clarity user id and preferences.', duration: '1 year' },
      { name: '_clsk', purpose: 'Joins the page views of one visit into a single recording.', duration: '1 day' },
    ],
    cookiePrefixes: ['_clck', '_clsk'],
    csp: { script: ['https://*.clarity.ms'], connect: ['https://*.clarity.ms'], img: ['https://*.clarity.ms', 'https://c.bing.com'] },
  },
  {
    key: 'meta-pixel',
    name: 'Meta Pixel',
    issuer: 'Meta Platforms Ireland Ltd',
    category: 'advertising',
    purpose: 'Measures sign-ups and booked calls that come from our ads on Facebook and Instagram, and builds ad audiences.',
    idVariable: 'META_PIXEL_ID',
    vendorScriptUrl: () => 'https://connect.facebook.net/en_US/fbevents.js',
    cookies: [
      { name: '_fbp', purpose: 'Identifies the browser for ad measurement.', duration: '90 days' },
      { name: '_fbc', purpose: 'Stores the ad click id when you arrive from a Meta ad.', duration: '90 days' },
    ],
    cookiePrefixes: ['_fbp', '_fbc'],
    csp: { script: ['https://connect.facebook.net'], connect: ['https://www.facebook.com', 'https://connect.facebook.net'], img: ['https://www.facebook.com'] },
  },
  {
    key: 'linkjolt',
    name: 'Linkjolt',
    issuer: 'Linkjolt',
    category: 'advertising',
    purpose: 'Remembers which affiliate partner referred you, so they are credited if you subscribe.',
    idVariable: 'LINKJOLT_ID',
    vendorScriptUrl: (id) => `https://www.linkjolt.io/api/tracking.js?id=${encodeURIComponent(id)}`,
    // Linkjolt documents a referral reference (tracking code + affiliate id) kept in first-party
    // cookies and localStorage for 30 days; it does not publish the key names, hence the prefixes.
    cookies: [{ name: 'linkjolt_* / lj_* (cookies and local storage)', purpose: 'The affiliate reference from the link you followed.', duration: '30 days' }],
    cookiePrefixes: ['linkjolt', 'lj_'],
    csp: { script: ['https://www.linkjolt.io'], connect: ['https://www.linkjolt.io'], img: [] },
  },
];

/** Every tracker with its enabled flag and script URL for this environment. */
export function trackerRegistry(source: TrackerEnv | Record<string, string | undefined> = process.env): TrackerEntry[] {
  const trackerEnv = parseTrackerEnv(source as Record<string, string | undefined>);
  const base = trackerEnv.TRACKER_SCRIPT_BASE_URL?.replace(/\/+$/, '');
  return trackerDefinitions.map(({ idVariable, vendorScriptUrl, ...tracker }) => {
    const id = trackerEnv[idVariable];
    const scriptUrl = !id ? null : base ? `${base}/${tracker.key}.js?id=${encodeURIComponent(id)}` : vendorScriptUrl(id);
    return { ...tracker, enabled: Boolean(id), scriptUrl, trackingId: id ?? null };
  });
}

export function enabledTrackers(source?: Record<string, string | undefined>): TrackerEntry[] {
  return trackerRegistry(source).filter((tracker) => tracker.enabled);
}

/** Extra CSP sources for the enabled trackers only (none when every tracker is off). */
export function trackerCspSources(source?: Record<string, string | undefined>): { script: string[]; connect: string[]; img: string[] } {
  const trackers = enabledTrackers(source);
  if (!trackers.length) return { script: [], connect: [], img: [] };
  const base = parseTrackerEnv(source).TRACKER_SCRIPT_BASE_URL;
  // Test doubles replace the vendors' hosts with the double's origin.
  if (base) return { script: [new URL(base).origin], connect: [new URL(base).origin], img: [] };
  const pick = (kind: 'script' | 'connect' | 'img') => [...new Set(trackers.flatMap((t) => t.csp[kind]))];
  return { script: pick('script'), connect: pick('connect'), img: pick('img') };
}

/** What the browser needs to load the enabled trackers: no CSP details, no disabled entries. */
export type PublicTracker = Pick<TrackerEntry, 'key' | 'name' | 'category' | 'trackingId' | 'scriptUrl' | 'cookiePrefixes'>;

export function publicTrackers(source?: Record<string, string | undefined>): PublicTracker[] {
  return enabledTrackers(source).map(({ key, name, category, trackingId, scriptUrl, cookiePrefixes }) => ({ key, name, category, trackingId, scriptUrl, cookiePrefixes }));
}
