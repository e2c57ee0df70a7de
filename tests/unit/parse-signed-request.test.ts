import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSignedRequest, SIGNED_REQUEST_MAX_AGE_SECONDS } from '@/lib/meta/parse-signed-request';
import { META_FIXTURES_DIR } from '../support/fixtures-dir';
import { signSignedRequest } from '../support/signed-request';

const SECRET = 'test_app_secret_0123456789abcdef';
const body = readFileSync(path.join(META_FIXTURES_DIR, 'data-deletion-signed-request.txt'), 'utf8').trim();
const signed = new URLSearchParams(body).get('signed_request')!;
// The fixture was issued at 2025-01-01T00:00:00Z; parse it as Meta's callback would arrive then.
const issued = new Date(1735689600 * 1000);
const fresh = new Date(issued.getTime() + 60_000);

describe('parseSignedRequest', () => {
  it('accepts the fixture signed with the test app secret', () => {
    expect(parseSignedRequest(signed, SECRET, fresh)).toEqual({ algorithm: 'HMAC-SHA256', expires: 0, issued_at: 1735689600, user_id: '1000000000000001' });
  });

  it('rejects a wrong secret', () => {
    expect(parseSignedRequest(signed, 'another_secret_0123456789abcdef', fresh)).toBeNull();
  });

  it('rejects the request with one character changed in the signature or the payload', () => {
    const [sig, payload] = signed.split('.') as [string, string];
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    expect(parseSignedRequest(`${flip(sig, 5)}.${payload}`, SECRET, fresh)).toBeNull();
    expect(parseSignedRequest(`${sig}.${flip(payload, 10)}`, SECRET, fresh)).toBeNull();
  });

  it('rejects malformed input', () => {
    for (const bad of [null, '', 'no-dot', '..', `${signed}.extra`, 'a b.c', '%%%.%%%']) expect(parseSignedRequest(bad, SECRET, fresh)).toBeNull();
  });

  it('checks the algorithm case-insensitively and rejects other algorithms', async () => {
    const issued_at = Math.floor(Date.now() / 1000);
    expect(parseSignedRequest(signSignedRequest({ algorithm: 'hmac-sha256', user_id: '42', issued_at }, SECRET), SECRET)?.user_id).toBe('42');
    expect(parseSignedRequest(signSignedRequest({ algorithm: 'HMAC-SHA1', user_id: '42', issued_at }, SECRET), SECRET)).toBeNull();
    expect(parseSignedRequest(signSignedRequest({ algorithm: 'HMAC-SHA256', issued_at }, SECRET), SECRET)).toBeNull();
  });

  it('refuses a replayed (stale), future-dated or undated request even when its signature is right', () => {
    // The fixture replayed today: more than an hour old.
    expect(parseSignedRequest(signed, SECRET)).toBeNull();
    expect(parseSignedRequest(signed, SECRET, new Date(issued.getTime() + SIGNED_REQUEST_MAX_AGE_SECONDS * 1000 + 1000))).toBeNull();
    expect(parseSignedRequest(signed, SECRET, new Date(issued.getTime() + SIGNED_REQUEST_MAX_AGE_SECONDS * 1000 - 1000))?.user_id).toBe('1000000000000001');
    // Signed "in the future" beyond clock skew.
    expect(parseSignedRequest(signed, SECRET, new Date(issued.getTime() - 10 * 60_000))).toBeNull();
    expect(parseSignedRequest(signed, SECRET, new Date(issued.getTime() - 60_000))?.user_id).toBe('1000000000000001');
    expect(parseSignedRequest(signSignedRequest({ algorithm: 'HMAC-SHA256', user_id: '42' }, SECRET), SECRET)).toBeNull();
    expect(parseSignedRequest(signSignedRequest({ algorithm: 'HMAC-SHA256', user_id: '42', issued_at: 'now' }, SECRET), SECRET)).toBeNull();
  });
});
