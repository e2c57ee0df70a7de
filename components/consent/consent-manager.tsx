'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ConsentCategory } from '@/lib/consent/consent-categories';
import { type ConsentChoices, type ConsentCookie, consentCookieHeader } from '@/lib/consent/consent-cookie';
import { applyGlobalPrivacyControl, gpcFromNavigator } from '@/lib/consent/global-privacy-control';
import type { PublicTracker } from '@/lib/consent/tracker-registry';
import { ConsentBanner, type BannerTrackerList } from './consent-banner';
import { OPEN_CONSENT_EVENT } from './consent-events';
import { deleteTrackerCookies, loadTracker, loadedTrackerKeys } from './tracker-scripts';

type Props = {
  policyVersion: string;
  trackers: PublicTracker[];
  /** Names of our own necessary cookies, listed under "Strictly necessary". */
  necessaryCookieNames: string[];
  /** Consent read from the request's cookie (null = ask). */
  initialConsent: ConsentCookie | null;
  /** The request carried `Sec-GPC: 1`. */
  gpcHeader: boolean;
  nonce?: string;
};

type Action = 'accept_all' | 'reject_all' | 'customise';

function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const subscribeNever = () => () => {};

const allowed = (consent: ConsentCookie | null, category: ConsentCategory) => category === 'necessary' || Boolean(consent?.[category as keyof ConsentChoices]);

/**
 * Owns the visitor's choice on public pages: shows the banner until there is a current
 * consent, loads each enabled tracker only once its category is allowed, stores the choice
 * (cookie + server record) and unloads trackers on withdrawal.
 */
export function ConsentManager({ policyVersion, trackers, necessaryCookieNames, initialConsent, gpcHeader, nonce }: Props) {
  const [consent, setConsent] = useState<ConsentCookie | null>(initialConsent);
  const [open, setOpen] = useState(initialConsent === null);
  const [status, setStatus] = useState<string | null>(null);
  const [reopened, setReopened] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);

  // The header covers the first render; the navigator property is only readable in the browser.
  const gpc = useSyncExternalStore(subscribeNever, () => gpcHeader || gpcFromNavigator(), () => gpcHeader);

  useEffect(() => {
    for (const tracker of trackers) if (allowed(consent, tracker.category)) loadTracker(tracker, nonce);
  }, [consent, trackers, nonce]);

  useEffect(() => {
    const reopen = (event: Event) => {
      returnFocus.current = (event as CustomEvent<{ returnFocusTo?: HTMLElement }>).detail?.returnFocusTo ?? null;
      setReopened(true);
      setOpen(true);
    };
    window.addEventListener(OPEN_CONSENT_EVENT, reopen);
    return () => window.removeEventListener(OPEN_CONSENT_EVENT, reopen);
  }, []);

  const choose = useCallback(
    (action: Action, requested: ConsentChoices) => {
      const choices = applyGlobalPrivacyControl(requested, gpc);
      const next: ConsentCookie = { v: 1, id: consent?.id ?? randomId(), policy: policyVersion, ...choices, gpc, at: new Date().toISOString() };
      document.cookie = consentCookieHeader(next, { secure: location.protocol === 'https:' });
      const withdrawn = trackers.filter((t) => !allowed(next, t.category) && loadedTrackerKeys().includes(t.key));
      const removable = trackers.filter((t) => !allowed(next, t.category));
      deleteTrackerCookies(removable.flatMap((t) => t.cookiePrefixes));
      setConsent(next);
      setOpen(false);
      setReopened(false);
      setStatus('Your cookie choice is saved.');
      returnFocus.current?.focus();
      returnFocus.current = null;
      // The choice applies at once; the server-side proof follows (keepalive survives a reload).
      const saved = fetch('/api/consent', {
        method: 'POST',
        keepalive: true,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ consentId: next.id, action, ...choices, gpc, policyVersion }),
      })
        .then((response) => {
          if (!response.ok) throw new Error(`status ${response.status}`);
        })
        .catch(() => console.warn('Could not record the consent choice on the server.'));
      // A loaded script cannot be unloaded: reload so the page starts without it.
      if (withdrawn.length) void saved.finally(() => location.reload());
    },
    [consent, gpc, policyVersion, trackers],
  );

  const byCategory: BannerTrackerList = {
    necessary: necessaryCookieNames,
    analytics: trackers.filter((t) => t.category === 'analytics').map((t) => t.name),
    advertising: trackers.filter((t) => t.category === 'advertising').map((t) => t.name),
  };

  return (
    <>
      <p role="status" aria-live="polite" className="sr-only">{status}</p>
      {open ? (
        <ConsentBanner
          trackersByCategory={byCategory}
          current={consent}
          gpc={gpc}
          focusOnOpen={reopened}
          onChoose={choose}
        />
      ) : null}
    </>
  );
}
