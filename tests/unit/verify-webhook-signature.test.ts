// X-Hub-Signature-256 is parsed strictly: exactly `sha256=` and 64 hex digits, nothing before or after.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhookSignature } from '@/lib/meta/webhooks/verify-webhook-signature';

const secret = 'test_app_secret_0123456789abcdef';
const body = Buffer.from('{"object":"instagram","entry":[]}');
const digest = (bytes: Buffer, key = secret) => createHmac('sha256', key).update(bytes).digest('hex');

describe('verifyWebhookSignature', () => {
  it('accepts sha256=<64 hex> of the raw bytes, in lower or upper case', () => {
    expect(verifyWebhookSignature(body, `sha256=${digest(body)}`, secret)).toBe(true);
    expect(verifyWebhookSignature(body, `sha256=${digest(body).toUpperCase()}`, secret)).toBe(true);
  });

  it.each([
    ['junk after a valid digest', (d: string) => `sha256=${d}junk`],
    ['one hex digit too many', (d: string) => `sha256=${d}0`],
    ['a second digest after a comma', (d: string) => `sha256=${d},sha256=${d}`],
    ['whitespace inside', (d: string) => `sha256=${d.slice(0, 32)} ${d.slice(32)}`],
    ['a space after the equals sign', (d: string) => `sha256= ${d}`],
    ['a NUL after the digest', (d: string) => `sha256=${d}\u0000`],
    ['an upper-case prefix', (d: string) => `SHA256=${d}`],
    ['no prefix', (d: string) => d],
    ['a sha1 prefix', (d: string) => `sha1=${d}`],
    ['a truncated digest', (d: string) => `sha256=${d.slice(0, 62)}`],
    ['a non-hex digit', (d: string) => `sha256=${d.slice(0, 63)}g`],
    ['base64 instead of hex', () => `sha256=${createHmac('sha256', secret).update(body).digest('base64')}`],
  ])('refuses %s', (_label, header) => {
    expect(verifyWebhookSignature(body, header(digest(body)), secret)).toBe(false);
  });

  it('refuses a missing header, an unset secret, another secret and other bytes', () => {
    expect(verifyWebhookSignature(body, null, secret)).toBe(false);
    expect(verifyWebhookSignature(body, `sha256=${digest(body)}`, undefined)).toBe(false);
    expect(verifyWebhookSignature(body, `sha256=${digest(body, 'another_secret_0123456789abcdef')}`, secret)).toBe(false);
    expect(verifyWebhookSignature(Buffer.concat([body, Buffer.from(' ')]), `sha256=${digest(body)}`, secret)).toBe(false);
  });
});
