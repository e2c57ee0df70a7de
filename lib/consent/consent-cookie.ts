// The first-party cookie that holds a visitor's choice: versioned JSON, parsed with zod.
// Anything malformed, from another cookie format version or for an older Cookie Policy
// counts as "no consent": the banner asks again and no tracker loads. Used in the browser
// (banner, loader) and on the server (Cookie Policy page), so it imports nothing server-only.
import { z } from 'zod';
import { COOKIE_POLICY_VERSION } from './cookie-policy-version';

export const CONSENT_COOKIE = 'rd_consent';
/** Ask again after 6 months even when nothing changed (CNIL's recommendation). */
export const CONSENT_COOKIE_MAX_AGE_DAYS = 180;

export const consentChoicesSchema = z.strictObject({ analytics: z.boolean(), advertising: z.boolean() });
export type ConsentChoices = z.infer<typeof consentChoicesSchema>;

export const consentCookieSchema = z.strictObject({
  v: z.literal(1),
  /** Random consent id, also stored with the server-side consent record. */
  id: z.uuid(),
  /** The Cookie Policy version the visitor answered. */
  policy: z.string().min(1).max(40),
  analytics: z.boolean(),
  advertising: z.boolean(),
  /** Advertising was forced off by the Global Privacy Control signal. */
  gpc: z.boolean(),
  at: z.iso.datetime(),
});
export type ConsentCookie = z.infer<typeof consentCookieSchema>;

/** The cookie's value, or null when it is missing or malformed (never throws). */
export function parseConsentCookie(raw: string | null | undefined): ConsentCookie | null {
  if (!raw || raw.length > 1024) return null;
  try {
    const result = consentCookieSchema.safeParse(JSON.parse(decodeURIComponent(raw)));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** The consent that applies now: only a well-formed cookie for the current policy version. */
export function currentConsent(raw: string | null | undefined, policyVersion = COOKIE_POLICY_VERSION): ConsentCookie | null {
  const consent = parseConsentCookie(raw);
  return consent && consent.policy === policyVersion ? consent : null;
}

export function serialiseConsentCookie(consent: ConsentCookie): string {
  return encodeURIComponent(JSON.stringify(consentCookieSchema.parse(consent)));
}

/** A `document.cookie` assignment for the consent cookie (first party, whole site, Lax). */
export function consentCookieHeader(consent: ConsentCookie, options: { secure: boolean }): string {
  const maxAge = CONSENT_COOKIE_MAX_AGE_DAYS * 86_400;
  return `${CONSENT_COOKIE}=${serialiseConsentCookie(consent)}; Path=/; Max-Age=${maxAge}; SameSite=Lax${options.secure ? '; Secure' : ''}`;
}

/** Reads one cookie from a `document.cookie`-style string. */
export function readCookie(cookieString: string, name: string): string | null {
  for (const part of cookieString.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return null;
}
