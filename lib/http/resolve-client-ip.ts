// Who is the client? Walk the chain from the nearest hop (the TCP peer) outwards, skipping hops
// we trust to have appended the address before them — the first TRUSTED_PROXY_HOPS hops, and any
// hop inside TRUSTED_PROXY_CIDRS — and stop at the first one we do not trust: everything further
// left in X-Forwarded-For was written by that untrusted party and may be invented. (The same
// rule as Express's `trust proxy` / proxy-addr.) With no configuration the client is the peer.
import ipaddr from 'ipaddr.js';
import { inTrustedRange, type ProxyTrust } from './proxy-trust';

/** An IP address in canonical form (IPv4-mapped IPv6 as IPv4), or null for anything else. */
export function normaliseIp(value: string | null | undefined): string | null {
  const parsed = parseIp(value);
  return parsed ? parsed.toString() : null;
}

function parseIp(value: string | null | undefined): ipaddr.IPv4 | ipaddr.IPv6 | null {
  if (!value) return null;
  let candidate = value.trim();
  // Some proxies write "[2001:db8::1]:443" or "203.0.113.7:51234".
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(candidate);
  if (bracketed) candidate = bracketed[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(candidate)) candidate = candidate.slice(0, candidate.lastIndexOf(':'));
  // Zone ids ("fe80::1%eth0") say nothing about the client.
  candidate = candidate.replace(/%.*$/, '');
  if (!ipaddr.isValid(candidate)) return null;
  // isValid accepts "1", "0x7f000001" and other legacy IPv4 forms; proxies write dotted quads.
  if (!candidate.includes(':') && !ipaddr.IPv4.isValidFourPartDecimal(candidate)) return null;
  return ipaddr.process(candidate);
}

export function resolveClientIp(input: { peer: string | null; forwardedFor: string | null; trust: ProxyTrust }): string | null {
  const forwarded = (input.forwardedFor ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  // Nearest first: the peer, then X-Forwarded-For from right to left.
  const chain = [input.peer, ...forwarded.reverse()];
  for (let index = 0; index < chain.length; index++) {
    const address = parseIp(chain[index]);
    const last = index === chain.length - 1;
    const trusted = index < input.trust.hops || (address !== null && inTrustedRange(address, input.trust.cidrs));
    if (!trusted || last) return address ? address.toString() : null;
  }
  return null;
}

/** Whether the peer itself is a trusted proxy (so its X-Forwarded-Host may be believed). */
export function peerIsTrustedProxy(peer: string | null, trust: ProxyTrust): boolean {
  if (trust.hops > 0) return true;
  const address = parseIp(peer);
  return address !== null && inTrustedRange(address, trust.cidrs);
}

/**
 * The key rate limits count an address under. IPv6 hosts usually own a whole /64, so counting
 * single addresses would let one machine rotate through 2^64 of them.
 */
export function rateLimitSubjectForIp(ip: string | null | undefined): string {
  const address = parseIp(ip);
  if (!address) return 'unknown';
  if (address.kind() === 'ipv4') return address.toString();
  const parts = (address as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${parts.join(':')}::/64`;
}
