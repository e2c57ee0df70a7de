// The contract between the server-rendered consent banner (consent-banner.tsx) and the browser
// script that runs it (browser/consent-client.ts): the config the page embeds as JSON, and the
// data attributes the script looks for. Types and constants only, so both sides can import it.
import type { ConsentCookie } from '@/lib/consent/consent-cookie';
import type { PublicTracker } from '@/lib/consent/tracker-registry';

export type ConsentClientConfig = {
  policyVersion: string;
  /** The enabled trackers; each loads only once its category is allowed. */
  trackers: PublicTracker[];
  /** The request's valid, current consent (null = ask). */
  consent: ConsentCookie | null;
  /** The request carried `Sec-GPC: 1`. */
  gpcHeader: boolean;
  /** The request's CSP nonce, stamped on every tracker script. */
  nonce?: string;
};

/** id of the `<script type="application/json">` that carries the config. */
export const CONSENT_CONFIG_ID = 'rd-consent-config';

/** Data attributes: the markup's hooks for the script. */
export const consentHooks = {
  banner: 'data-consent-banner',
  heading: 'data-consent-heading',
  summary: 'data-consent-summary',
  customise: 'data-consent-customise',
  /** Value: accept_all | reject_all | customise | save. */
  action: 'data-consent-action',
  /** A "Manage cookies" button anywhere on the page. */
  open: 'data-consent-open',
  /** Shown only when the visitor's browser sends Global Privacy Control. */
  gpcNote: 'data-consent-gpc',
  status: 'data-consent-status',
  /** A "Book a call" link that gets attribution at click time (advertising consent only). */
  bookCall: 'data-book-call',
} as const;
