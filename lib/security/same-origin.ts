import { AppError } from '../errors';
import { peerAddressOf } from '../http/peer-address-stamp';
import { proxyTrust } from '../http/proxy-trust';
import { peerIsTrustedProxy } from '../http/resolve-client-ip';

/**
 * State-changing requests must come from our own pages: the Origin (or, failing that, the
 * Referer) must name this site. Blocks cross-site form posts even if SameSite were bypassed.
 * "This site" is the Host header or APP_URL's host. X-Forwarded-Host only counts when the request
 * came through a trusted proxy (TRUSTED_PROXY_HOPS / TRUSTED_PROXY_CIDRS), because anyone can send
 * it — Next itself only fills it in when it is missing.
 */
export function isSameOrigin(h: Pick<Headers, 'get'>): boolean {
  const source = h.get('origin') ?? h.get('referer');
  if (!source || source === 'null') return false;
  let sourceHost: string;
  try {
    sourceHost = new URL(source).host;
  } catch {
    return false;
  }
  return allowedHosts(h).has(sourceHost);
}

function allowedHosts(h: Pick<Headers, 'get'>): Set<string> {
  const hosts = new Set<string>();
  const host = h.get('host');
  if (host) hosts.add(host);
  const appUrlHost = hostOf(process.env.APP_URL);
  if (appUrlHost) hosts.add(appUrlHost);
  const forwardedHost = h.get('x-forwarded-host')?.split(',')[0]?.trim();
  if (forwardedHost && peerIsTrustedProxy(peerAddressOf(h), proxyTrust())) hosts.add(forwardedHost);
  return hosts;
}

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).host : null;
  } catch {
    return null;
  }
}

export function assertSameOriginOf(h: Pick<Headers, 'get'>): void {
  if (!isSameOrigin(h)) throw new AppError('forbidden', 'This request did not come from Relaydesk. Reload the page and try again.');
}
