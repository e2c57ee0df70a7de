// The consent banner's behaviour on the public pages, as a few KB of plain browser script:
// those pages ship no framework runtime (docs/architecture.md, "Public pages"), so the banner
// markup is rendered on the server (consent-banner.tsx) and this script, bundled by
// scripts/build-consent-client.ts and inlined with the page's nonce, brings it to life.
//
// It loads each enabled tracker only once its category is allowed, stores the visitor's choice
// (first-party cookie + server-side consent record), reloads after a withdrawal so no tracker
// keeps running, and adds booking attribution only for visitors who allowed advertising.
import { consentCookieAssignment } from '@/lib/consent/consent-cookie-format';
import type { ConsentChoices, ConsentCookie } from '@/lib/consent/consent-cookie';
import type { ConsentCategory } from '@/lib/consent/consent-categories';
import { applyGlobalPrivacyControl, gpcFromNavigator } from '@/lib/consent/global-privacy-control';
import { bookingLinkWithAttribution } from '@/lib/marketing/booking-link-with-attribution';
import { CONSENT_CONFIG_ID, type ConsentClientConfig, consentHooks } from '../consent-client-config';
import { deleteTrackerCookies, loadTracker, loadedTrackerKeys } from './tracker-scripts';

type Action = 'accept_all' | 'reject_all' | 'customise';

function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const allowedBy = (consent: ConsentCookie | null, category: ConsentCategory) => category === 'necessary' || Boolean(consent?.[category as keyof ConsentChoices]);

function start(config: ConsentClientConfig) {
  let consent = config.consent;
  const gpc = config.gpcHeader || gpcFromNavigator();
  const find = <T extends Element = HTMLElement>(hook: string, root: ParentNode = document) => root.querySelector<T>(`[${hook}]`);
  const banner = find(consentHooks.banner);
  const heading = find(consentHooks.heading);
  const summary = find(consentHooks.summary);
  const customise = find(consentHooks.customise);
  const status = find(consentHooks.status);
  const checkbox = (category: keyof ConsentChoices) => banner?.querySelector<HTMLInputElement>(`input[name="${category}"]`) ?? null;
  let returnFocus: HTMLElement | null = null;

  for (const tracker of config.trackers) if (allowedBy(consent, tracker.category)) loadTracker(tracker, config.nonce);

  // The header covered the server render; the navigator signal is only known here.
  if (gpc) {
    for (const note of document.querySelectorAll<HTMLElement>(`[${consentHooks.gpcNote}]`)) note.hidden = false;
    const advertising = checkbox('advertising');
    if (advertising) {
      advertising.checked = false;
      advertising.disabled = true;
    }
  }

  function showView(view: 'summary' | 'customise') {
    if (!banner || !heading) return;
    if (summary) summary.hidden = view !== 'summary';
    if (customise) customise.hidden = view !== 'customise';
    heading.textContent = (view === 'customise' ? heading.dataset.customiseTitle : heading.dataset.summaryTitle) ?? heading.textContent;
    for (const button of banner.querySelectorAll<HTMLElement>(`[${consentHooks.action}="customise"]`)) button.hidden = view === 'customise';
    for (const button of banner.querySelectorAll<HTMLElement>(`[${consentHooks.action}="save"]`)) button.hidden = view !== 'customise';
  }

  function open(from: HTMLElement) {
    if (!banner) return;
    returnFocus = from;
    const analytics = checkbox('analytics');
    const advertising = checkbox('advertising');
    if (analytics) analytics.checked = consent?.analytics ?? false;
    if (advertising) advertising.checked = !gpc && (consent?.advertising ?? false);
    // A visitor who already chose manages that choice (the categories, ticked as they stand);
    // only someone who never answered gets the first-visit question again.
    showView(consent ? 'customise' : 'summary');
    banner.hidden = false;
    heading?.focus();
  }

  function choose(action: Action, requested: ConsentChoices) {
    const choices = applyGlobalPrivacyControl(requested, gpc);
    const next: ConsentCookie = { v: 1, id: consent?.id ?? randomId(), policy: config.policyVersion, ...choices, gpc, at: new Date().toISOString() };
    document.cookie = consentCookieAssignment(next, { secure: location.protocol === 'https:' });
    const refused = config.trackers.filter((t) => !allowedBy(next, t.category));
    const withdrawn = refused.filter((t) => loadedTrackerKeys().includes(t.key));
    deleteTrackerCookies(refused.flatMap((t) => t.cookiePrefixes));
    consent = next;
    if (banner) banner.hidden = true;
    if (status) status.textContent = 'Your cookie choice is saved.';
    returnFocus?.focus();
    returnFocus = null;
    for (const tracker of config.trackers) if (allowedBy(consent, tracker.category)) loadTracker(tracker, config.nonce);
    // The choice applies at once; the server-side proof follows (keepalive survives a reload).
    const saved = fetch('/api/consent', {
      method: 'POST',
      keepalive: true,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ consentId: next.id, action, ...choices, gpc, policyVersion: config.policyVersion }),
    })
      .then((response) => {
        if (!response.ok) throw new Error(`status ${response.status}`);
      })
      .catch(() => console.warn('Could not record the consent choice on the server.'));
    // A loaded script cannot be unloaded: reload so the page starts without it.
    if (withdrawn.length) void saved.finally(() => location.reload());
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>(`[${consentHooks.action}],[${consentHooks.open}],[${consentHooks.bookCall}]`) : null;
    if (!target) return;
    if (target.hasAttribute(consentHooks.open)) return open(target);
    if (target.hasAttribute(consentHooks.bookCall) && target instanceof HTMLAnchorElement) {
      const base = target.dataset.bookCall ?? target.href;
      target.href = bookingLinkWithAttribution(base, { advertising: consent?.advertising ?? false, userAgent: navigator.userAgent, pageUrl: location.href });
      return;
    }
    const action = target.getAttribute(consentHooks.action);
    if (action === 'accept_all') choose('accept_all', { analytics: true, advertising: true });
    else if (action === 'reject_all') choose('reject_all', { analytics: false, advertising: false });
    else if (action === 'save') choose('customise', { analytics: checkbox('analytics')?.checked ?? false, advertising: checkbox('advertising')?.checked ?? false });
    else if (action === 'customise') {
      showView('customise');
      heading?.focus();
    }
  });
}

const configElement = document.getElementById(CONSENT_CONFIG_ID);
if (configElement?.textContent) start(JSON.parse(configElement.textContent) as ConsentClientConfig);
