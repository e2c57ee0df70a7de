// The consent cookie's wire format without its zod schema: the public pages' browser script
// (components/consent/browser) writes the cookie with it and must stay free of zod. The server
// validates every cookie it reads with the schema in consent-cookie.ts.
import type { ConsentCookie } from './consent-cookie';

export const CONSENT_COOKIE = 'rd_consent';
/** Ask again after 6 months even when nothing changed (CNIL's recommendation). */
export const CONSENT_COOKIE_MAX_AGE_DAYS = 180;

/** The cookie's value: URI-encoded JSON with the schema's key order. */
export function encodeConsentCookie(consent: ConsentCookie): string {
  const { v, id, policy, analytics, advertising, gpc, at } = consent;
  return encodeURIComponent(JSON.stringify({ v, id, policy, analytics, advertising, gpc, at }));
}

/** A `document.cookie` assignment for the consent cookie (first party, whole site, Lax). */
export function consentCookieAssignment(consent: ConsentCookie, options: { secure: boolean }): string {
  const maxAge = CONSENT_COOKIE_MAX_AGE_DAYS * 86_400;
  return `${CONSENT_COOKIE}=${encodeConsentCookie(consent)}; Path=/; Max-Age=${maxAge}; SameSite=Lax${options.secure ? '; Secure' : ''}`;
}

/** Reads one cookie from a `document.cookie`-style string. */
export function readCookie(cookieString: string, name: string): string | null {
  for (const part of cookieString.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return null;
}
