import { describe, expect, it } from 'vitest';
import { CONSENT_COOKIE, type ConsentCookie, consentCookieHeader, currentConsent, parseConsentCookie, readCookie, serialiseConsentCookie } from '@/lib/consent/consent-cookie';
import { COOKIE_POLICY_VERSION } from '@/lib/consent/cookie-policy-version';
import { applyGlobalPrivacyControl, gpcFromHeaders, gpcFromNavigator } from '@/lib/consent/global-privacy-control';

const consent: ConsentCookie = {
  v: 1,
  id: '0193a3b2-7c1d-4e5f-8a9b-0c1d2e3f4a5b',
  policy: COOKIE_POLICY_VERSION,
  analytics: true,
  advertising: false,
  gpc: false,
  at: '2026-11-27T10:00:00.000Z',
};

describe('consent cookie', () => {
  it('round-trips through serialise and parse', () => {
    expect(parseConsentCookie(serialiseConsentCookie(consent))).toEqual(consent);
    expect(currentConsent(serialiseConsentCookie(consent))).toEqual(consent);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['not JSON', 'yes-please'],
    ['broken percent-encoding', '%E0%A4%A'],
    ['JSON array', encodeURIComponent('[1,2]')],
    ['wrong format version', encodeURIComponent(JSON.stringify({ ...consent, v: 2 }))],
    ['string instead of boolean', encodeURIComponent(JSON.stringify({ ...consent, analytics: 'true' }))],
    ['not a uuid', encodeURIComponent(JSON.stringify({ ...consent, id: 'abc' }))],
    ['extra field', encodeURIComponent(JSON.stringify({ ...consent, marketing: true }))],
    ['huge', 'x'.repeat(5000)],
  ])('treats a %s cookie as no consent', (_label, raw) => {
    expect(parseConsentCookie(raw)).toBeNull();
    expect(currentConsent(raw)).toBeNull();
  });

  it('asks again when the cookie policy version changed', () => {
    const old = serialiseConsentCookie({ ...consent, policy: '2020-01-01' });
    expect(parseConsentCookie(old)?.policy).toBe('2020-01-01');
    expect(currentConsent(old)).toBeNull();
  });

  it('writes a first-party, site-wide, Lax cookie; Secure on https', () => {
    const header = consentCookieHeader(consent, { secure: true });
    expect(header.startsWith(`${CONSENT_COOKIE}=`)).toBe(true);
    expect(header).toContain('Path=/');
    expect(header).toContain('SameSite=Lax');
    expect(header).toContain('Max-Age=15552000');
    expect(header).toContain('Secure');
    expect(consentCookieHeader(consent, { secure: false })).not.toContain('Secure');
    expect(header).not.toMatch(/Domain=/);
  });

  it('reads one cookie out of document.cookie', () => {
    const value = serialiseConsentCookie(consent);
    expect(readCookie(`_ga=GA1; ${CONSENT_COOKIE}=${value}; other=1`, CONSENT_COOKIE)).toBe(value);
    expect(readCookie('a=1', CONSENT_COOKIE)).toBeNull();
  });
});

describe('Global Privacy Control', () => {
  it('reads Sec-GPC: 1 only', () => {
    expect(gpcFromHeaders(new Headers({ 'sec-gpc': '1' }))).toBe(true);
    expect(gpcFromHeaders(new Headers({ 'sec-gpc': '0' }))).toBe(false);
    expect(gpcFromHeaders(new Headers())).toBe(false);
  });

  it('reads navigator.globalPrivacyControl === true only', () => {
    expect(gpcFromNavigator({ globalPrivacyControl: true })).toBe(true);
    expect(gpcFromNavigator({ globalPrivacyControl: 'true' })).toBe(false);
    expect(gpcFromNavigator({})).toBe(false);
    expect(gpcFromNavigator(undefined)).toBe(false);
  });

  it('turns advertising off and leaves analytics to the visitor', () => {
    expect(applyGlobalPrivacyControl({ analytics: true, advertising: true }, true)).toEqual({ analytics: true, advertising: false });
    expect(applyGlobalPrivacyControl({ analytics: false, advertising: true }, false)).toEqual({ analytics: false, advertising: true });
  });
});
