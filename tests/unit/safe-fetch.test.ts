// The SSRF guard's pieces: which addresses count as public (IPv4, IPv6 and every IPv6 form that
// carries an IPv4 address), how URLs are vetted (schemes, credentials, https in production, the
// dev/test allowlist and its prefix boundary), and that the connection goes to the address that
// was checked (a resolver that would answer differently the second time is asked once).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutboundUrl, type OutboundUrlPolicy } from '@/lib/http/check-outbound-url';
import { isPublicAddress } from '@/lib/http/is-public-address';
import { safeFetch, type Resolver } from '@/lib/http/safe-fetch';
import { SafeFetchError } from '@/lib/http/safe-fetch-error';
import { parseEnv } from '@/lib/env';

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1', '127.255.255.254', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '100.64.0.1', '100.127.255.254',
    '169.254.169.254', '169.254.0.1', '0.0.0.0', '0.1.2.3', '255.255.255.255', '224.0.0.1', '239.255.255.250', '240.0.0.1',
    '192.0.2.10', '198.51.100.1', '203.0.113.9', '198.18.0.1', '192.0.0.8',
    '::', '::1', 'fe80::1', 'fe80::1%eth0', 'fc00::1', 'fd12:3456::1', 'ff02::1', 'fec0::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:169.254.169.254', '::ffff:0:127.0.0.1',
    '::127.0.0.1', '::7f00:1', '::a00:1',
    '64:ff9b::127.0.0.1', '64:ff9b::a9fe:a9fe', '64:ff9b:1::1',
    '2002:7f00:1::', '2002:a9fe:a9fe::1',
    '2001::1', '2001:db8::1', '2001:2::1', '100::1', '3fff::1', '5f00::1',
    'not an address', '', '1.2.3', '1.2.3.4.5', '0x7f.1', '017700000001', '2130706433', '127.1',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '1.1.1.1', '157.240.1.35', '31.13.72.36', '172.32.0.1', '100.128.0.1', '2a03:2880:f003:c07:face:b00c::2', '2606:4700::1111', '::ffff:8.8.8.8', '64:ff9b::8.8.8.8', '2002:0808:0808::1'])(
    'accepts %s',
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );
});

const strict: OutboundUrlPolicy = { httpsOnly: true, allowlist: [] };
const dev: OutboundUrlPolicy = { httpsOnly: false, allowlist: ['http://localhost:3000/api/dev/meta/'] };
const blocked = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SafeFetchError);
    expect((error as SafeFetchError).kind).toBe('blocked');
    expect((error as SafeFetchError).retryable).toBe(false);
    return (error as SafeFetchError).message;
  }
  throw new Error('expected the URL to be blocked');
};

describe('checkOutboundUrl', () => {
  it('normalises numeric IPv4 forms, so the address check sees the real address', () => {
    for (const raw of ['http://2130706433/x', 'http://0x7f.1/x', 'http://017700000001/x', 'http://0x7f000001/x', 'http://127.1/x', 'http://0177.0.0.1/x']) {
      expect(checkOutboundUrl(raw, dev).url.hostname).toBe('127.0.0.1');
    }
    expect(checkOutboundUrl('http://[::ffff:127.0.0.1]/', dev).url.hostname).toBe('[::ffff:7f00:1]');
  });

  it('only fetches http(s), never with credentials in the URL, and only https in production', () => {
    expect(blocked(() => checkOutboundUrl('data:text/html,<script>alert(1)</script>', dev))).toMatch(/data:/);
    expect(blocked(() => checkOutboundUrl('file:///etc/passwd', dev))).toMatch(/file:/);
    expect(blocked(() => checkOutboundUrl('gopher://127.0.0.1:6379/_FLUSHALL', dev))).toMatch(/gopher:/);
    expect(blocked(() => checkOutboundUrl('ftp://cdn.example.com/x', dev))).toMatch(/ftp:/);
    expect(blocked(() => checkOutboundUrl('not a url', dev))).toMatch(/not a valid URL/);
    expect(blocked(() => checkOutboundUrl('https://user:pass@cdn.example.com/x', strict))).toMatch(/user name or password/);
    expect(blocked(() => checkOutboundUrl('http://scontent.cdninstagram.com/x.jpg', strict))).toMatch(/Only https/);
    expect(checkOutboundUrl('https://scontent.cdninstagram.com/x.jpg', strict)).toMatchObject({ allowlisted: false });
    expect(checkOutboundUrl('http://scontent.cdninstagram.com/x.jpg', dev)).toMatchObject({ allowlisted: false });
  });

  it('allowlists by URL prefix: same origin, path inside the prefix, after normalisation', () => {
    expect(checkOutboundUrl('http://localhost:3000/api/dev/meta/cdn/1', dev).allowlisted).toBe(true);
    expect(checkOutboundUrl('http://LOCALHOST:3000/api/dev/meta/media/1', dev).allowlisted).toBe(true);
    expect(checkOutboundUrl('http://localhost:3000/api/dev/meta/../../dev/mailbox', dev).allowlisted).toBe(false);
    expect(checkOutboundUrl('http://localhost:3000/api/dev/meta/%2e%2e/%2e%2e/dev/mailbox', dev).allowlisted).toBe(false);
    expect(checkOutboundUrl('http://localhost:3000/api/dev/metadata', dev).allowlisted).toBe(false);
    expect(checkOutboundUrl('http://localhost:3001/api/dev/meta/cdn/1', dev).allowlisted).toBe(false);
    expect(checkOutboundUrl('https://localhost:3000/api/dev/meta/cdn/1', dev).allowlisted).toBe(false);
    // "localhost:3000" here is a user name: the host is evil.example, and credentials are refused anyway.
    expect(blocked(() => checkOutboundUrl('http://localhost:3000@evil.example/api/dev/meta/', dev))).toMatch(/user name or password/);
  });
});

describe('SAFE_FETCH_ALLOWLIST in the environment', () => {
  const base = { DATABASE_URL: 'postgresql://u:p@localhost:5432/db' };
  it('is parsed as a list of URL prefixes and refused in production unless dev tools are on (the e2e server)', () => {
    expect(parseEnv(base).SAFE_FETCH_ALLOWLIST).toEqual([]);
    expect(parseEnv({ ...base, SAFE_FETCH_ALLOWLIST: 'http://localhost:3000/api/dev/meta/, http://127.0.0.1:9/' }).SAFE_FETCH_ALLOWLIST).toEqual(['http://localhost:3000/api/dev/meta/', 'http://127.0.0.1:9/']);
    expect(() => parseEnv({ ...base, SAFE_FETCH_ALLOWLIST: 'javascript:alert(1)' })).toThrow(/SAFE_FETCH_ALLOWLIST/);
    expect(() => parseEnv({ ...base, NODE_ENV: 'production', SAFE_FETCH_ALLOWLIST: 'http://localhost:3000/' })).toThrow(/SAFE_FETCH_ALLOWLIST: not allowed in production/);
    try {
      parseEnv({ ...base, NODE_ENV: 'production', SAFE_FETCH_ALLOWLIST: 'http://localhost:3000/', DEV_TOOLS_IN_PRODUCTION: 'true' });
    } catch (error) {
      expect(String(error)).not.toMatch(/SAFE_FETCH_ALLOWLIST/);
    }
  });
});

describe('safeFetch', () => {
  const requests: { host: string | undefined; path: string | undefined }[] = [];
  const server = createServer((req, res) => {
    requests.push({ host: req.headers.host, path: req.url });
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('hello');
  });
  const ready = new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('resolves once and connects to the address it checked (DNS rebinding cannot swap it)', async () => {
    const port = await ready;
    const answers = [[{ address: '127.0.0.1', family: 4 as const }], [{ address: '10.9.9.9', family: 4 as const }]];
    let calls = 0;
    const resolve: Resolver = async () => answers[Math.min(calls++, 1)]!;
    // `rebind.test` does not exist in DNS: reaching the server proves the connection used our answer.
    const result = await safeFetch({ url: `http://rebind.test:${port}/file`, maxBytes: 100, policy: { httpsOnly: false, allowlist: [`http://rebind.test:${port}/`] }, resolve });
    expect(result).toMatchObject({ status: 200, contentType: 'text/plain' });
    expect(result.bytes.toString()).toBe('hello');
    expect(calls).toBe(1);
    expect(requests.at(-1)).toEqual({ host: `rebind.test:${port}`, path: '/file' });
  });

  it('refuses a name if any of its addresses is internal, before connecting', async () => {
    const port = await ready;
    const before = requests.length;
    const resolve: Resolver = async () => [{ address: '93.184.216.34', family: 4 }, { address: '127.0.0.1', family: 4 }];
    const error = await safeFetch({ url: `http://mixed.test:${port}/`, maxBytes: 100, policy: { httpsOnly: false, allowlist: [] }, resolve }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'blocked' });
    expect(requests.length).toBe(before);
  });

  it('reports an unresolvable host as a network error (retryable), not as blocked', async () => {
    const error = await safeFetch({ url: 'https://no-such-host.invalid/x', maxBytes: 100, policy: strict, resolve: async () => { throw Object.assign(new Error('nope'), { code: 'ENOTFOUND' }); } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', retryable: true });
    expect((error as Error).message).toMatch(/could not be resolved \(ENOTFOUND\)/);
  });
});
