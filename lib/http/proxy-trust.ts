// Which reverse proxies in front of the app may speak for the client: their X-Forwarded-For
// entries and X-Forwarded-Host are believed, nobody else's. Spread into lib/env.ts (validated at
// start-up, documented in .env.example and the README's "Client IP behind a proxy") and parsed
// here too, so proxy.ts and the request helpers can read it without the whole app environment.
import ipaddr from 'ipaddr.js';
import { z } from 'zod';

/** Named ranges for TRUSTED_PROXY_CIDRS, so "nginx on the same machine" is one word. */
const namedRanges: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
};

export type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

function parseCidr(entry: string): Cidr | null {
  try {
    const [address, bits] = entry.includes('/') ? ipaddr.parseCIDR(entry) : [ipaddr.parse(entry), entry.includes(':') ? 128 : 32];
    // "::ffff:10.0.0.0/104" means an IPv4 range; addresses are compared in their IPv4 form.
    if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) return [(address as ipaddr.IPv6).toIPv4Address(), bits - 96];
    return [address, bits];
  } catch {
    return null;
  }
}

const cidrList = z
  .string()
  .default('')
  .transform((value, ctx): Cidr[] => {
    const out: Cidr[] = [];
    for (const entry of value.split(',').map((part) => part.trim()).filter(Boolean)) {
      for (const range of namedRanges[entry.toLowerCase()] ?? [entry]) {
        const cidr = parseCidr(range);
        if (cidr) out.push(cidr);
        else ctx.addIssue({ code: 'custom', message: `"${entry}" is not an IP address, a CIDR range (10.0.0.0/8) or one of ${Object.keys(namedRanges).join(', ')}` });
      }
    }
    return out;
  });

export const proxyTrustEnvShape = {
  /** How many reverse proxies always sit in front of the app (0 = clients connect directly). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0, 'must be 0 or more').max(10, 'more than 10 proxies is a misconfiguration').default(0),
  /** Proxies trusted by address wherever they appear in the chain (comma-separated IPs/CIDRs or loopback, private, linklocal). */
  TRUSTED_PROXY_CIDRS: cidrList,
};

const proxyTrustSchema = z.object(proxyTrustEnvShape);
export type ProxyTrust = { hops: number; cidrs: Cidr[] };

/** Parses the two variables; blank means unset. An invalid value throws (lib/env reports it at start-up). */
export function parseProxyTrust(source: Record<string, string | undefined>): ProxyTrust {
  const parsed = proxyTrustSchema.parse({ TRUSTED_PROXY_HOPS: source.TRUSTED_PROXY_HOPS || undefined, TRUSTED_PROXY_CIDRS: source.TRUSTED_PROXY_CIDRS || undefined });
  return { hops: parsed.TRUSTED_PROXY_HOPS, cidrs: parsed.TRUSTED_PROXY_CIDRS };
}

let cached: { key: string; trust: ProxyTrust } | undefined;

/** The process's proxy trust (process.env), re-parsed only when the variables change (tests set them). */
export function proxyTrust(source: Record<string, string | undefined> = process.env): ProxyTrust {
  const key = `${source.TRUSTED_PROXY_HOPS ?? ''}|${source.TRUSTED_PROXY_CIDRS ?? ''}`;
  if (cached?.key !== key) cached = { key, trust: parseProxyTrust(source) };
  return cached.trust;
}

/** Whether `address` (already normalised) lies in one of the trusted ranges. */
export function inTrustedRange(address: ipaddr.IPv4 | ipaddr.IPv6, cidrs: Cidr[]): boolean {
  return cidrs.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits));
}
