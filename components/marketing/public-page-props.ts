// What every public page reads from its request, in getServerSideProps: the visitor's consent
// (cookie, Global Privacy Control header) and the CSP nonce for the inline consent script.
// Public pages take everything server-side through props: in development Next hydrates them,
// so their components must not touch env, the database or Node APIs.
import type { IncomingMessage } from 'node:http';
import type { GetServerSidePropsContext, GetServerSidePropsResult } from 'next';
import { consentCategories } from '@/lib/consent/consent-categories';
import { CONSENT_COOKIE, currentConsent, readCookie } from '@/lib/consent/consent-cookie';
import { COOKIE_POLICY_VERSION } from '@/lib/consent/cookie-policy-version';
import { gpcFromHeaders } from '@/lib/consent/global-privacy-control';
import { necessaryCookies } from '@/lib/consent/necessary-cookies';
import { type PublicTracker, publicTrackers } from '@/lib/consent/tracker-registry';
import type { BannerTrackerList } from '@/components/consent/consent-banner';
import type { ConsentClientConfig } from '@/components/consent/consent-client-config';

export type PublicPageConsent = { config: ConsentClientConfig; trackersByCategory: BannerTrackerList };
export type PublicPageProps = { consent: PublicPageConsent };

/** Node's request headers as a Fetch `Headers` (repeated headers joined), for the lib helpers. */
function requestHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

// The enabled trackers come from env, fixed for the life of the process (like the proxy's CSP
// sources): worked out on the first request, not on every one.
let trackerLists: { trackers: PublicTracker[]; trackersByCategory: BannerTrackerList } | undefined;

function enabledTrackerLists() {
  if (trackerLists) return trackerLists;
  const trackers = publicTrackers();
  const trackersByCategory = Object.fromEntries(
    consentCategories.map((category) => [category, category === 'necessary' ? necessaryCookies.map((entry) => entry.name) : trackers.filter((t) => t.category === category).map((t) => t.name)]),
  ) as BannerTrackerList;
  return (trackerLists = { trackers, trackersByCategory });
}

function consentForRequest(headers: Pick<Headers, 'get'>): PublicPageConsent {
  const { trackers, trackersByCategory } = enabledTrackerLists();
  const config: ConsentClientConfig = {
    policyVersion: COOKIE_POLICY_VERSION,
    trackers,
    consent: currentConsent(readCookie(headers.get('cookie') ?? '', CONSENT_COOKIE)),
    gpcHeader: gpcFromHeaders(headers),
    nonce: headers.get('x-nonce') ?? undefined,
  };
  return { config, trackersByCategory };
}

/**
 * getServerSideProps for a public page: the consent props plus the page's own (computed on
 * the server). `load` may return a redirect or notFound instead of props.
 */
export function publicPageProps<P extends object = Record<never, never>>(
  load?: (context: GetServerSidePropsContext, headers: Headers) => Promise<GetServerSidePropsResult<P>> | GetServerSidePropsResult<P>,
) {
  return async (context: GetServerSidePropsContext): Promise<GetServerSidePropsResult<P & PublicPageProps>> => {
    const headers = requestHeaders(context.req);
    const result = load ? await load(context, headers) : { props: {} as P };
    if (!('props' in result)) return result;
    const props = await result.props;
    // Props travel as JSON, which has no `undefined`: drop such keys instead of failing.
    return { props: JSON.parse(JSON.stringify({ ...props, consent: consentForRequest(headers) })) as P & PublicPageProps };
  };
}
