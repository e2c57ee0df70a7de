// X-Cal-Signature-256: hex HMAC-SHA256 of the raw body with the webhook secret.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyCalcomSignature } from '@/lib/calcom/verify-calcom-signature';

const secret = 'calcom_test_secret_0123456789';
const body = Buffer.from('{"triggerEvent":"BOOKING_CREATED","payload":{"uid":"bk_1"}}');
const sign = (bytes: Buffer, key = secret) => createHmac('sha256', key).update(bytes).digest('hex');

describe('verifyCalcomSignature', () => {
  it('accepts the hex HMAC of the raw body (also upper-case or with a sha256= prefix)', () => {
    expect(verifyCalcomSignature(body, sign(body), secret)).toBe(true);
    expect(verifyCalcomSignature(body, sign(body).toUpperCase(), secret)).toBe(true);
    expect(verifyCalcomSignature(body, `sha256=${sign(body)}`, secret)).toBe(true);
  });

  it('matches a digest computed with openssl', () => {
    // printf '%s' 'hello' | openssl dgst -sha256 -hmac 'calcom_test_secret_0123456789'
    expect(verifyCalcomSignature(Buffer.from('hello'), '25f08fd6b4f686a39629baeb2b227f6c46320542875f72540152cbb2ef4e11c9', secret)).toBe(true);
  });

  it('refuses a tampered body, a missing header, a wrong secret, garbage and an unset secret', () => {
    const tampered = Buffer.from(body.toString().replace('bk_1', 'bk_2'));
    expect(verifyCalcomSignature(tampered, sign(body), secret)).toBe(false);
    expect(verifyCalcomSignature(body, null, secret)).toBe(false);
    expect(verifyCalcomSignature(body, sign(body, 'another_secret_0123456789'), secret)).toBe(false);
    expect(verifyCalcomSignature(body, sign(body).slice(0, 40), secret)).toBe(false);
    expect(verifyCalcomSignature(body, 'zz'.repeat(32), secret)).toBe(false);
    expect(verifyCalcomSignature(body, sign(body), undefined)).toBe(false);
  });
});
