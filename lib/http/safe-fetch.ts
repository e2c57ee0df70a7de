// The one way our servers fetch a URL that came from outside (webhook media URLs, the URL Graph
// hands back for WhatsApp media): a guard against SSRF, where a hostile URL makes us read an
// internal service and store its answer for the tenant to download.
//
// Per hop: vet the URL (check-outbound-url.ts) → resolve the host ourselves → refuse unless every
// address is public (is-public-address.ts) → connect to exactly that address (a custom `lookup`,
// so the HTTP client cannot resolve again and be answered differently: DNS rebinding) → follow
// redirects by hand (at most `maxRedirects`, each hop vetted again; credentials such as the
// WhatsApp Bearer token only ever go to the first URL's origin) → read the body with a running byte
// cap, whether or not a Content-Length was sent. Not fetch(): undici follows redirects and
// resolves names on its own, both of which the guard has to own.
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { checkOutboundUrl, outboundUrlPolicy, type OutboundUrlPolicy } from './check-outbound-url';
import { isPublicAddress } from './is-public-address';
import { SafeFetchError } from './safe-fetch-error';

export type ResolvedAddress = { address: string; family: 4 | 6 };
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export type SafeFetchOptions = {
  url: string;
  /** Refused (SafeFetchError `too_large`) as soon as the body passes this many bytes. */
  maxBytes: number;
  /** Sent on every hop. */
  headers?: Record<string, string>;
  /** Secrets (Authorization): sent only while the request is still on the first URL's origin. */
  credentials?: Record<string, string>;
  maxRedirects?: number;
  /** For the whole exchange, redirects included. */
  timeoutMs?: number;
  /** Tests inject these; production reads the policy from the environment and resolves with DNS. */
  policy?: OutboundUrlPolicy;
  resolve?: Resolver;
};

export type SafeFetchResult = { status: number; url: string; contentType: string | null; bytes: Buffer };

const defaultResolve: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

const isRedirect = (status: number) => status === 301 || status === 302 || status === 303 || status === 307 || status === 308;

export async function safeFetch(options: SafeFetchOptions): Promise<SafeFetchResult> {
  const policy = options.policy ?? outboundUrlPolicy();
  const resolve = options.resolve ?? defaultResolve;
  const maxRedirects = options.maxRedirects ?? 3;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 30_000);
  try {
    let current = options.url;
    let origin: string | null = null;
    for (let hop = 0; ; hop++) {
      const { url, allowlisted } = checkOutboundUrl(current, policy);
      origin ??= url.origin;
      const pinned = await pinAddresses(url, allowlisted, resolve);
      const headers = { accept: '*/*', 'accept-encoding': 'identity', 'user-agent': 'Relaydesk media fetcher', ...options.headers, ...(url.origin === origin ? options.credentials : {}) };
      const response = await request(url, pinned, headers, controller.signal);
      const status = response.statusCode ?? 0;
      if (isRedirect(status)) {
        response.destroy();
        const location = response.headers.location;
        if (!location) throw new SafeFetchError('bad_response', `The server answered ${status} without saying where to.`, status);
        if (hop >= maxRedirects) throw new SafeFetchError('too_many_redirects', `The link redirected more than ${maxRedirects} times.`);
        current = new URL(location, url).toString();
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw new SafeFetchError('http_status', `The download failed: HTTP ${status}.`, status);
      }
      const bytes = await readCapped(response, options.maxBytes);
      return { status, url: url.toString(), contentType: response.headers['content-type'] ?? null, bytes };
    }
  } catch (error) {
    if (error instanceof SafeFetchError) throw error;
    if (controller.signal.aborted) throw new SafeFetchError('timeout', 'The download took too long.');
    throw new SafeFetchError('network', `The download failed: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

/** The addresses the connection may use: the IP literal itself, or the resolver's answer if every address in it is public. */
async function pinAddresses(url: URL, allowlisted: boolean, resolve: Resolver): Promise<ResolvedAddress[]> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: ResolvedAddress[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: ipaddr.parse(host).kind() === 'ipv6' ? 6 : 4 }];
  } else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      throw new SafeFetchError('network', `The host ${host} could not be resolved (${(error as NodeJS.ErrnoException).code ?? 'DNS error'}).`);
    }
  }
  if (!addresses.length) throw new SafeFetchError('network', `The host ${host} has no address.`);
  // Every address must be public, not just the first: the connection may use any of them, and
  // a name mixing a public and an internal address is an attack, not a misconfiguration.
  if (!allowlisted && addresses.some((a) => !isPublicAddress(a.address))) {
    throw new SafeFetchError('blocked', 'The link points to a private or internal network address, which is never fetched.');
  }
  return addresses;
}

function request(url: URL, pinned: ResolvedAddress[], headers: Record<string, string>, signal: AbortSignal): Promise<http.IncomingMessage> {
  // Node's connect asks `lookup` for the address (with `all: true` when it races IPv4 and IPv6):
  // it only ever gets the addresses we vetted. Host header, SNI and certificate checks still use
  // the hostname.
  const lookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, pinned);
    else callback(null, pinned[0]!.address, pinned[0]!.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      // agent: false = a fresh connection per request; a pooled socket to another address must never be reused.
      { method: 'GET', headers, lookup, agent: false, signal },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
}

async function readCapped(response: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const encoding = response.headers['content-encoding'];
  if (encoding && encoding.toLowerCase() !== 'identity') {
    response.destroy();
    // We asked for identity; a compressed body would be stored as-is under the wrong type.
    throw new SafeFetchError('bad_response', `The server sent the file compressed (${encoding}) although we asked for it uncompressed.`);
  }
  const declared = Number(response.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new SafeFetchError('too_large', `The file is ${declared} bytes, over the ${maxBytes}-byte limit.`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      response.destroy();
      throw new SafeFetchError('too_large', `The file is over the ${maxBytes}-byte limit.`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}
