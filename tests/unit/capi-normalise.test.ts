// Conversions API identifiers: Meta's normalisation rules, then SHA-256 (known vectors).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { capiEventIdForBooking } from '@/lib/capi/capi-event-id';
import { hashUserData, normaliseEmail, normaliseName, normalisePhone, sha256Hex, splitFullName } from '@/lib/capi/normalise-user-data';

describe('sha256Hex', () => {
  it('matches node:crypto and digests checked with `printf %s … | sha256sum`', () => {
    expect(sha256Hex('jane.doe@example.com')).toBe(createHash('sha256').update('jane.doe@example.com').digest('hex'));
    expect(sha256Hex('jane.doe@example.com')).toBe('86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133d');
    // The example digest published in ad platforms' CAPI docs for "Person@Example.com".
    expect(sha256Hex(normaliseEmail('  Person@Example.com ')!)).toBe('542d240129883c019e106e3b1b2d3f3cb3537c43c425364de8e951d5a3083345');
    expect(sha256Hex('josé')).toBe('d994e1d001886fe5b45b1267bd1fa2b752ac50742579bd3dad7b2a2aa0ed6866');
  });
});

describe('normaliseEmail', () => {
  it('trims and lowercases', () => expect(normaliseEmail('  Jane.Doe@Example.COM\n')).toBe('jane.doe@example.com'));
  it('drops values that are not addresses', () => {
    expect(normaliseEmail('not an email')).toBeNull();
    expect(normaliseEmail('')).toBeNull();
    expect(normaliseEmail(undefined)).toBeNull();
  });
});

describe('normaliseName', () => {
  it.each([
    ['  Jane ', 'jane'],
    ["O'Brien", 'obrien'],
    ['Mary-Jane', 'maryjane'],
    ['JOSÉ', 'josé'],
    ['Jose\u0301', 'josé'], // decomposed accent is composed to the same UTF-8 bytes
    ['Zoë.', 'zoë'],
    ['Ünal', 'ünal'],
    ['Łukasz', 'łukasz'],
    ['Мария', 'мария'],
  ])('%j → %j', (input, expected) => expect(normaliseName(input)).toBe(expected));
  it('is null when nothing remains', () => expect(normaliseName(' .- ')).toBeNull());
});

describe('normalisePhone', () => {
  it.each([
    ['+44 7700 900123', undefined, '447700900123'],
    ['+44 (0)7700 900123', undefined, '447700900123'],
    ['0044 7700-900123', undefined, '447700900123'],
    ['07700 900123', '44', '447700900123'],
    ['(555) 123-4567', '1', '15551234567'],
    ['+1 555 123 4567', '44', '15551234567'],
    ['15551234567', undefined, '15551234567'],
  ])('%j (default %s) → %s', (input, country, expected) => expect(normalisePhone(input, country)).toBe(expected));
  it('refuses too short or empty values', () => {
    expect(normalisePhone('123', undefined)).toBeNull();
    expect(normalisePhone('  ', '44')).toBeNull();
  });
});

describe('splitFullName / hashUserData', () => {
  it('takes the first word as the first name and the rest as the last name', () => {
    expect(splitFullName('  Jane   van der Berg ')).toEqual({ first: 'Jane', last: 'van der Berg' });
    expect(splitFullName('Cher')).toEqual({ first: 'Cher', last: null });
  });

  it('hashes the normalised values and leaves out missing ones', () => {
    expect(hashUserData({ email: ' Jane.Doe@Example.com', firstName: 'Jane', lastName: "O'Brien", phone: '07700 900123', defaultCountryCode: '44' })).toEqual({
      em: '86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133d',
      fn: '81f8f6dde88365f3928796ec7aa53f72820b06db8664f5fe76a7eb13e24546a2',
      ln: 'b4cb6cb33fe4b865868de825023a1e2790dc12ac01ecc8d7c5afe8254071c8ba',
      ph: '033134b911b137918338415ee3d20a064b24773d36a3b02e8b99fdd3fcd6b4cd',
    });
    expect(hashUserData({ email: 'nope', firstName: null })).toEqual({});
  });
});

describe('capiEventIdForBooking', () => {
  it('is deterministic so the browser Pixel derives the same id', () => {
    expect(capiEventIdForBooking('bk_123')).toBe('calcom-schedule-bk_123');
    expect(capiEventIdForBooking('bk_123')).toBe(capiEventIdForBooking('bk_123'));
  });
});
