import { afterEach, describe, expect, it } from 'vitest';
import { peerAddressHeaderValue, PEER_ADDRESS_HEADER } from '@/lib/http/peer-address-stamp';
import { parseProxyTrust } from '@/lib/http/proxy-trust';
import { requestMetaOf } from '@/lib/http/request-meta-of';
import { normaliseIp, rateLimitSubjectForIp, resolveClientIp } from '@/lib/http/resolve-client-ip';
import { isSameOrigin } from '@/lib/security/same-origin';
import { parseEnv } from '@/lib/env';

const none = parseProxyTrust({});
const oneHop = parseProxyTrust({ TRUSTED_PROXY_HOPS: '1' });

describe('resolveClientIp', () => {
  it('without trusted proxies the client is the TCP peer, whatever X-Forwarded-For says', () => {
    expect(resolveClientIp({ peer: '198.51.100.20', forwardedFor: '6.6.6.6', trust: none })).toBe('198.51.100.20');
    expect(resolveClientIp({ peer: '198.51.100.20', forwardedFor: null, trust: none })).toBe('198.51.100.20');
    // Next copies the peer into X-Forwarded-For when the client sent none.
    expect(resolveClientIp({ peer: '198.51.100.20', forwardedFor: '198.51.100.20', trust: none })).toBe('198.51.100.20');
    // No stamped peer (not our server, or a forged header): unknown, never the client's claim.
    expect(resolveClientIp({ peer: null, forwardedFor: '6.6.6.6', trust: none })).toBeNull();
  });

  it('behind N proxies the client is the Nth entry from the right; what the client prepends is ignored', () => {
    expect(resolveClientIp({ peer: '10.0.0.2', forwardedFor: '6.6.6.6, 203.0.113.9', trust: oneHop })).toBe('203.0.113.9');
    const twoHops = parseProxyTrust({ TRUSTED_PROXY_HOPS: '2' });
    expect(resolveClientIp({ peer: '10.0.0.2', forwardedFor: '6.6.6.6, 203.0.113.9, 172.70.1.1', trust: twoHops })).toBe('203.0.113.9');
    // A chain shorter than configured ends at the furthest hop we know.
    expect(resolveClientIp({ peer: '10.0.0.2', forwardedFor: '203.0.113.9', trust: twoHops })).toBe('203.0.113.9');
    // Serverless hosts where no peer is stamped: the proxy's entry still counts.
    expect(resolveClientIp({ peer: null, forwardedFor: '203.0.113.9', trust: oneHop })).toBe('203.0.113.9');
  });

  it('trusted ranges are skipped wherever they appear, and named ranges work', () => {
    const trust = parseProxyTrust({ TRUSTED_PROXY_CIDRS: 'loopback, 173.245.48.0/20' });
    expect(resolveClientIp({ peer: '127.0.0.1', forwardedFor: '6.6.6.6, 203.0.113.9, 173.245.48.7', trust })).toBe('203.0.113.9');
    // A request straight from the internet (untrusted peer) cannot claim anything.
    expect(resolveClientIp({ peer: '203.0.113.50', forwardedFor: '6.6.6.6', trust })).toBe('203.0.113.50');
  });

  it('normalises IPv6, IPv4-mapped addresses and ports; garbage is no address', () => {
    expect(resolveClientIp({ peer: '::ffff:127.0.0.1', forwardedFor: null, trust: none })).toBe('127.0.0.1');
    expect(resolveClientIp({ peer: '10.0.0.2', forwardedFor: '[2001:db8::1]:443', trust: oneHop })).toBe('2001:db8::1');
    expect(resolveClientIp({ peer: '10.0.0.2', forwardedFor: '203.0.113.9:51234', trust: oneHop })).toBe('203.0.113.9');
    expect(resolveClientIp({ peer: '10.0.0.2', forwardedFor: 'unknown', trust: oneHop })).toBeNull();
    expect(resolveClientIp({ peer: '10.0.0.2', forwardedFor: '2130706433', trust: oneHop })).toBeNull();
    expect(normaliseIp('2001:DB8:0:0:0:0:0:1')).toBe('2001:db8::1');
  });

  it('rate limits count IPv6 clients per /64, so rotating within one network does not help', () => {
    expect(rateLimitSubjectForIp('2001:db8:1:2:aaaa::1')).toBe(rateLimitSubjectForIp('2001:db8:1:2:ffff::9'));
    expect(rateLimitSubjectForIp('2001:db8:1:3::1')).not.toBe(rateLimitSubjectForIp('2001:db8:1:2::1'));
    expect(rateLimitSubjectForIp('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(rateLimitSubjectForIp(null)).toBe('unknown');
  });

  it('the environment validates the settings and names what is wrong', () => {
    const base = { DATABASE_URL: 'postgres://localhost/x' };
    expect(parseEnv({ ...base, TRUSTED_PROXY_HOPS: '1', TRUSTED_PROXY_CIDRS: '10.0.0.0/8,private' }).TRUSTED_PROXY_HOPS).toBe(1);
    expect(() => parseEnv({ ...base, TRUSTED_PROXY_HOPS: '-1' })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => parseEnv({ ...base, TRUSTED_PROXY_CIDRS: '10.0.0.0/8, cloudflare' })).toThrow(/"cloudflare" is not an IP address/);
  });
});

describe('requestMetaOf', () => {
  afterEach(() => {
    delete process.env.TRUSTED_PROXY_HOPS;
  });

  it('believes only a peer address stamped by this process', () => {
    const stamped = new Headers({ [PEER_ADDRESS_HEADER]: peerAddressHeaderValue('198.51.100.20'), 'x-forwarded-for': '6.6.6.6', 'x-real-ip': '7.7.7.7' });
    expect(requestMetaOf(stamped).ipAddress).toBe('198.51.100.20');
    const forged = new Headers({ [PEER_ADDRESS_HEADER]: '1.2.3.4;not-the-nonce', 'x-forwarded-for': '6.6.6.6', 'x-real-ip': '7.7.7.7' });
    expect(requestMetaOf(forged).ipAddress).toBeNull();
    expect(requestMetaOf(new Headers({ [PEER_ADDRESS_HEADER]: '1.2.3.4' })).ipAddress).toBeNull();
  });

  it('follows TRUSTED_PROXY_HOPS from the environment', () => {
    process.env.TRUSTED_PROXY_HOPS = '1';
    const headers = new Headers({ [PEER_ADDRESS_HEADER]: peerAddressHeaderValue('10.0.0.2'), 'x-forwarded-for': '6.6.6.6, 203.0.113.9' });
    expect(requestMetaOf(headers).ipAddress).toBe('203.0.113.9');
  });
});

describe('isSameOrigin', () => {
  afterEach(() => {
    delete process.env.TRUSTED_PROXY_HOPS;
  });

  it('matches the Origin against Host and APP_URL', () => {
    expect(isSameOrigin(new Headers({ host: 'localhost:3000', origin: 'http://localhost:3000' }))).toBe(true);
    process.env.APP_URL = 'https://app.example.com';
    try {
      // A proxy that rewrites Host (nginx's default) still leaves the public origin = APP_URL.
      expect(isSameOrigin(new Headers({ host: 'internal:3000', origin: 'https://app.example.com' }))).toBe(true);
    } finally {
      delete process.env.APP_URL;
    }
    expect(isSameOrigin(new Headers({ host: 'localhost:3000', origin: 'https://evil.example' }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: 'localhost:3000', origin: 'null' }))).toBe(false);
  });

  it('ignores a client-sent X-Forwarded-Host unless the request came through a trusted proxy', () => {
    const forged = new Headers({ host: 'localhost:3000', 'x-forwarded-host': 'evil.example', origin: 'https://evil.example', [PEER_ADDRESS_HEADER]: peerAddressHeaderValue('203.0.113.9') });
    expect(isSameOrigin(forged)).toBe(false);
    process.env.TRUSTED_PROXY_HOPS = '1';
    const viaProxy = new Headers({ host: 'app:3000', 'x-forwarded-host': 'app.example.com', origin: 'https://app.example.com', [PEER_ADDRESS_HEADER]: peerAddressHeaderValue('10.0.0.2') });
    expect(isSameOrigin(viaProxy)).toBe(true);
  });
});
