// Browser side of the trackers: the vendors' documented bootstrap (queue stubs) plus one
// script element carrying the page's CSP nonce. Runs only after consent (consent-client.ts).
import type { PublicTracker } from '@/lib/consent/tracker-registry';
import { TRACKER_COOKIE_MAX_SECONDS } from '@/lib/consent/tracker-cookie-lifetime';

type TrackerWindow = Window & {
  dataLayer?: unknown[];
  gtag?: (...args: unknown[]) => void;
  clarity?: ((...args: unknown[]) => void) & { q?: unknown[] };
  fbq?: ((...args: unknown[]) => void) & { queue?: unknown[]; loaded?: boolean; version?: string; push?: unknown };
  _fbq?: unknown;
};

const loaded = new Set<string>();

function bootstrap(tracker: PublicTracker, w: TrackerWindow): void {
  const id = tracker.trackingId;
  if (tracker.key === 'ga4') {
    w.dataLayer = w.dataLayer ?? [];
    // gtag must push the `arguments` object itself, as Google's snippet does.
    w.gtag = function gtag() {
      // eslint-disable-next-line prefer-rest-params
      w.dataLayer!.push(arguments);
    };
    w.gtag('js', new Date());
    // GA4's _ga would live 2 years and renew on each visit; our policy allows 13 months, once.
    w.gtag('config', id, { cookie_expires: TRACKER_COOKIE_MAX_SECONDS, cookie_update: false });
  } else if (tracker.key === 'clarity') {
    const clarity = Object.assign((...args: unknown[]) => void (clarity.q = clarity.q ?? []).push(args), { q: [] as unknown[] });
    w.clarity = w.clarity ?? clarity;
  } else if (tracker.key === 'meta-pixel') {
    if (!w.fbq) {
      const fbq = Object.assign((...args: unknown[]) => void fbq.queue.push(args), { queue: [] as unknown[], loaded: true, version: '2.0' });
      w.fbq = fbq;
      w._fbq = fbq;
    }
    w.fbq('init', id);
    w.fbq('track', 'PageView');
  }
}

/** Injects a tracker's script once per page load; later calls are no-ops. */
export function loadTracker(tracker: PublicTracker, nonce: string | undefined): void {
  if (!tracker.scriptUrl || loaded.has(tracker.key)) return;
  loaded.add(tracker.key);
  bootstrap(tracker, window as TrackerWindow);
  const script = document.createElement('script');
  script.async = true;
  script.src = tracker.scriptUrl;
  script.dataset.tracker = tracker.key;
  if (nonce) script.nonce = nonce;
  document.head.appendChild(script);
}

export function loadedTrackerKeys(): string[] {
  return [...loaded];
}

/** Deletes first-party cookies (and localStorage entries) with the given prefixes on this host and its parent domains. */
export function deleteTrackerCookies(prefixes: string[]): void {
  const names = document.cookie
    .split(';')
    .map((part) => part.split('=')[0]!.trim())
    .filter((name) => name && prefixes.some((prefix) => name.startsWith(prefix)));
  const labels = location.hostname.split('.');
  // Vendors set cookies on the registrable domain (".example.com"); try every suffix.
  const domains = [undefined, ...labels.map((_, i) => labels.slice(i).join('.')).filter((d) => d.includes('.'))];
  for (const name of names) {
    for (const domain of domains) {
      document.cookie = `${name}=; Max-Age=0; Path=/${domain ? `; Domain=${domain}` : ''}`;
    }
  }
  // Some vendors (Linkjolt) keep the same reference in localStorage as well.
  try {
    for (const key of Object.keys(localStorage)) {
      if (prefixes.some((prefix) => key.startsWith(prefix))) localStorage.removeItem(key);
    }
  } catch {
    // storage disabled (privacy mode): nothing stored there either
  }
}
