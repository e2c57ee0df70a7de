// Server part of the consent banner for public layouts: reads the request's consent cookie,
// GPC header and CSP nonce, and hands the enabled trackers to the client manager.
import { cookies, headers } from 'next/headers';
import { CONSENT_COOKIE, currentConsent } from '@/lib/consent/consent-cookie';
import { COOKIE_POLICY_VERSION } from '@/lib/consent/cookie-policy-version';
import { gpcFromHeaders } from '@/lib/consent/global-privacy-control';
import { necessaryCookies } from '@/lib/consent/necessary-cookies';
import { publicTrackers } from '@/lib/consent/tracker-registry';
import { ConsentManager } from './consent-manager';

export async function ConsentRoot() {
  const [cookieStore, requestHeaders] = await Promise.all([cookies(), headers()]);
  return (
    <ConsentManager
      policyVersion={COOKIE_POLICY_VERSION}
      trackers={publicTrackers()}
      necessaryCookieNames={necessaryCookies.map((entry) => entry.name)}
      initialConsent={currentConsent(cookieStore.get(CONSENT_COOKIE)?.value)}
      gpcHeader={gpcFromHeaders(requestHeaders)}
      nonce={requestHeaders.get('x-nonce') ?? undefined}
    />
  );
}
