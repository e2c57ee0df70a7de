// `npm start` reads its port, hostname and keep-alive timeout like `next start` (flags first,
// then PORT / HOSTNAME), and only the exact webhook path skips Next's router.
import { describe, expect, it } from 'vitest';
import { isMetaWebhookUrl } from '@/lib/meta/webhooks/serve-meta-webhook';
import { DEFAULT_KEEP_ALIVE_TIMEOUT_MS, parseWebServerOptions } from '@/lib/server/parse-web-server-options';

const parse = (argv: string[], env: Record<string, string> = {}) => parseWebServerOptions(argv, env);

describe('parseWebServerOptions', () => {
  it('defaults to port 3000 on every interface with a keep-alive longer than a load balancer’s', () => {
    expect(parse([])).toEqual({ ok: true, options: { port: 3000, hostname: undefined, keepAliveTimeoutMs: DEFAULT_KEEP_ALIVE_TIMEOUT_MS } });
    expect(DEFAULT_KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThan(60_000);
  });

  it('reads PORT and HOSTNAME, and the flags win over them', () => {
    expect(parse([], { PORT: '8080', HOSTNAME: '0.0.0.0' })).toMatchObject({ options: { port: 8080, hostname: '0.0.0.0' } });
    expect(parse(['--port', '4000', '--hostname', '127.0.0.1'], { PORT: '8080', HOSTNAME: '0.0.0.0' })).toMatchObject({ options: { port: 4000, hostname: '127.0.0.1' } });
    expect(parse(['-p', '4001', '-H', '::1'])).toMatchObject({ options: { port: 4001, hostname: '::1' } });
    expect(parse(['--port=4002', '--keepAliveTimeout', '75000'])).toMatchObject({ options: { port: 4002, keepAliveTimeoutMs: 75_000 } });
    expect(parse([], { PORT: '', HOSTNAME: '' })).toMatchObject({ options: { port: 3000, hostname: undefined } });
  });

  it('refuses unknown flags, stray arguments and bad numbers with a usage line', () => {
    for (const argv of [['--prot', '3000'], ['start'], ['--port', 'http'], ['--port', '70000'], ['--port', '80.5'], ['--keepAliveTimeout', '0']]) {
      const result = parse(argv);
      expect(result.ok, argv.join(' ')).toBe(false);
      if (!result.ok) expect(result.message).toContain('Usage: npm start');
    }
    expect(parse([], { PORT: 'eighty' })).toMatchObject({ ok: false, message: expect.stringContaining('port') });
  });
});

describe('isMetaWebhookUrl', () => {
  it('matches the path with or without a query, nothing else', () => {
    expect(isMetaWebhookUrl('/api/webhooks/meta')).toBe(true);
    expect(isMetaWebhookUrl('/api/webhooks/meta?hub.mode=subscribe&hub.challenge=1')).toBe(true);
    for (const url of ['/api/webhooks/meta/', '/api/webhooks/metadata', '/api/webhooks/meta/x', '/api/webhooks/met', '/API/webhooks/meta', '/api/webhooks/meta#x', '//api/webhooks/meta', 'http://host/api/webhooks/meta', '', undefined]) {
      expect(isMetaWebhookUrl(url), String(url)).toBe(false);
    }
  });
});
