// Whether an IP address is somewhere on the public internet, i.e. a place a URL from outside
// (a webhook, a customer) may make our servers connect to. Everything else — loopback, private
// networks, link-local (the cloud metadata service at 169.254.169.254), CGNAT, unique-local,
// multicast, unspecified, broadcast, documentation and reserved ranges — is refused.
//
// This is an allowlist, not a blocklist: IPv4 must be ipaddr.js's plain `unicast` (no special
// range) and IPv6 must be global unicast (2000::/3) outside every special range. IPv6 forms that
// carry an IPv4 address (IPv4-mapped ::ffff:a.b.c.d, IPv4-translated, the deprecated IPv4-compatible
// ::a.b.c.d, NAT64 64:ff9b::/96 and 6to4 2002::/16) are judged by the IPv4 address inside, since
// that is where the packets may end up.
import ipaddr from 'ipaddr.js';

function isPublicIpv4(address: ipaddr.IPv4): boolean {
  return address.range() === 'unicast';
}

/** The IPv4 address an IPv6 address embeds (mapped, translated, compatible, NAT64, 6to4), if any. */
function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const p = address.parts;
  const v4 = (high: number, low: number) => new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
  const range = address.range();
  if (range === 'ipv4Mapped' || range === 'rfc6145') return v4(p[6]!, p[7]!);
  // 64:ff9b::/96 (well-known NAT64 prefix): the last 32 bits. The local-use 64:ff9b:1::/48 is
  // refused outright below (its embedding depends on a prefix length we cannot know).
  if (address.match(ipaddr.IPv6.parse('64:ff9b::'), 96)) return v4(p[6]!, p[7]!);
  if (range === '6to4') return v4(p[1]!, p[2]!);
  // Deprecated IPv4-compatible ::a.b.c.d (first 96 bits zero; :: and ::1 are handled as such).
  if (p.slice(0, 6).every((part) => part === 0) && range !== 'unspecified' && range !== 'loopback') return v4(p[6]!, p[7]!);
  return null;
}

function isPublicIpv6(address: ipaddr.IPv6): boolean {
  const inner = embeddedIpv4(address);
  if (inner) return isPublicIpv4(inner);
  // Global unicast only (2000::/3), and not one of its special sub-ranges (Teredo, documentation,
  // benchmarking, ORCHID, …): ipaddr.js names every special range, plain addresses are `unicast`.
  return address.range() === 'unicast' && address.match(ipaddr.IPv6.parse('2000::'), 3);
}

/** True only for a syntactically valid IP address on the public internet. */
export function isPublicAddress(ip: string): boolean {
  // Zone ids (fe80::1%eth0) are link-local by definition.
  if (ip.includes('%')) return false;
  // Canonical forms only: dotted-decimal IPv4 (what the WHATWG URL parser and the resolver give
  // us) or IPv6. ipaddr.js would also read inet_aton's legacy forms ("127.1", octal, hex); refusing
  // them here means a string that skipped normalisation can never be misjudged.
  if (ipaddr.IPv4.isValidFourPartDecimal(ip)) return isPublicIpv4(ipaddr.IPv4.parse(ip));
  if (!ip.includes(':') || !ipaddr.IPv6.isValid(ip)) return false;
  return isPublicIpv6(ipaddr.IPv6.parse(ip));
}
