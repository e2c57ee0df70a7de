// The URL half of the SSRF guard: which outside URLs our servers may fetch at all, before any
// address is resolved. The address half (resolve, refuse non-public IPs, pin) is in safe-fetch.ts.
import { devToolsEnabled } from '../config/dev-tools-enabled';
import { env } from '../env';
import { SafeFetchError } from './safe-fetch-error';

export type OutboundUrlPolicy = {
  /** Production: plain http is refused (a network path could rewrite it). */
  httpsOnly: boolean;
  /** URL prefixes exempt from the address check and from httpsOnly (SAFE_FETCH_ALLOWLIST, dev/test only). */
  allowlist: readonly string[];
};

export function outboundUrlPolicy(): OutboundUrlPolicy {
  const config = env();
  // lib/env.ts already refuses the allowlist in production without dev tools; checking again
  // here keeps the guard strict even if the environment was assembled some other way.
  return { httpsOnly: config.NODE_ENV === 'production', allowlist: devToolsEnabled() ? config.SAFE_FETCH_ALLOWLIST : [] };
}

function matchesPrefix(url: URL, prefix: string): boolean {
  const allowed = new URL(prefix);
  // Both sides went through the WHATWG parser, so "..", "%2e%2e", default ports, letter case and
  // numeric IPv4 forms are already normalised: a path cannot climb out of the prefix.
  return url.origin === allowed.origin && url.pathname.startsWith(allowed.pathname);
}

/**
 * Parses and vets an outside URL. Decimal, octal and hex IPv4 forms (`http://2130706433/`,
 * `0x7f.1`, `017700000001`) are normalised to dotted-decimal by the WHATWG parser here, so the
 * address check later sees the real address rather than a string to pattern-match.
 */
export function checkOutboundUrl(raw: string | URL, policy: OutboundUrlPolicy): { url: URL; allowlisted: boolean } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SafeFetchError('blocked', 'The link is not a valid URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SafeFetchError('blocked', `Links starting with ${url.protocol} are not fetched; only https links are.`);
  if (url.username || url.password) throw new SafeFetchError('blocked', 'Links with a user name or password in them are not fetched.');
  const allowlisted = policy.allowlist.some((prefix) => matchesPrefix(url, prefix));
  if (!allowlisted && policy.httpsOnly && url.protocol !== 'https:') throw new SafeFetchError('blocked', 'Only https links are fetched.');
  return { url, allowlisted };
}
