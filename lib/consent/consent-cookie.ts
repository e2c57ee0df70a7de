// The first-party cookie that holds a visitor's choice: versioned JSON, parsed with zod.
// Anything malformed, from another cookie format version or for an older Cookie Policy
// counts as "no consent": the banner asks again and no tracker loads. The server reads every
// cookie through this schema; the browser script writes it with consent-cookie-format.ts.
import { z } from 'zod';
import { CONSENT_COOKIE, CONSENT_COOKIE_MAX_AGE_DAYS, consentCookieAssignment, encodeConsentCookie, readCookie } from './consent-cookie-format';
import { COOKIE_POLICY_VERSION } from './cookie-policy-version';

export { CONSENT_COOKIE, CONSENT_COOKIE_MAX_AGE_DAYS, readCookie };

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
  return encodeConsentCookie(consentCookieSchema.parse(consent));
}

/** A `document.cookie` assignment for the consent cookie, validated first. */
export function consentCookieHeader(consent: ConsentCookie, options: { secure: boolean }): string {
  return consentCookieAssignment(consentCookieSchema.parse(consent), options);
}
