import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSignedRequest } from '@/lib/meta/parse-signed-request';
import { META_FIXTURES_DIR } from '../support/fixtures-dir';

const SECRET = 'test_app_secret_0123456789abcdef';
const body = readFileSync(path.join(META_FIXTURES_DIR, 'data-deletion-signed-request.txt'), 'utf8').trim();
const signed = new URLSearchParams(body).get('signed_request')!;

describe('parseSignedRequest', () => {
  it('accepts the fixture signed with the test app secret', () => {
    expect(parseSignedRequest(signed, SECRET)).toEqual({ algorithm: 'HMAC-SHA256', expires: 0, issued_at: 1735689600, user_id: '1000000000000001' });
  });

  it('rejects a wrong secret', () => {
    expect(parseSignedRequest(signed, 'another_secret_0123456789abcdef')).toBeNull();
  });

  it('rejects the request with one character changed in the signature or the payload', () => {
    const [sig, payload] = signed.split('.') as [string, string];
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    expect(parseSignedRequest(`${flip(sig, 5)}.${payload}`, SECRET)).toBeNull();
    expect(parseSignedRequest(`${sig}.${flip(payload, 10)}`, SECRET)).toBeNull();
  });

  it('rejects malformed input', () => {
    for (const bad of [null, '', 'no-dot', '..', `${signed}.extra`, 'a b.c', '%%%.%%%']) expect(parseSignedRequest(bad, SECRET)).toBeNull();
  });

  it('checks the algorithm case-insensitively and rejects other algorithms', async () => {
    const { createHmac } = await import('node:crypto');
    const sign = (payload: object) => {
      const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url');
      return `${createHmac('sha256', SECRET).update(encoded).digest('base64url')}.${encoded}`;
    };
    expect(parseSignedRequest(sign({ algorithm: 'hmac-sha256', user_id: '42' }), SECRET)?.user_id).toBe('42');
    expect(parseSignedRequest(sign({ algorithm: 'HMAC-SHA1', user_id: '42' }), SECRET)).toBeNull();
    expect(parseSignedRequest(sign({ algorithm: 'HMAC-SHA256' }), SECRET)).toBeNull();
  });
});
