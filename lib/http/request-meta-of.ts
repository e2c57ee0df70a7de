import { peerAddressOf } from './peer-address-stamp';
import { proxyTrust } from './proxy-trust';
import { resolveClientIp } from './resolve-client-ip';

export type RequestMeta = { ipAddress: string | null; userAgent: string | null; requestId: string | null };

/**
 * Client IP, user agent and request id. The IP is the TCP peer unless TRUSTED_PROXY_HOPS /
 * TRUSTED_PROXY_CIDRS say which proxies may speak for the client (resolve-client-ip.ts); a
 * client-sent X-Forwarded-For or X-Real-IP is never believed on its own.
 */
export function requestMetaOf(h: Pick<Headers, 'get'>): RequestMeta {
  return {
    ipAddress: resolveClientIp({ peer: peerAddressOf(h), forwardedFor: h.get('x-forwarded-for'), trust: proxyTrust() }),
    userAgent: h.get('user-agent'),
    requestId: h.get('x-request-id'),
  };
}
