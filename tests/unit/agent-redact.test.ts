import { describe, expect, it } from 'vitest';
import { containsPersonalData, createRedactor, isValidIban, passesLuhn } from '@/lib/agent/engine/redact';

describe('createRedactor', () => {
  it('replaces emails, phones, cards, IBANs and URL tokens with numbered placeholders', () => {
    const redactor = createRedactor();
    const text = redactor.redact(
      'Mail anna@example.com or call +49 171 2345678. Card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, reset https://shop.example/reset?token=a8F3kd92LmQ0zX71pp',
    );
    expect(text).toBe('Mail [EMAIL_1] or call [PHONE_1]. Card [CARD_1], IBAN [IBAN_1], reset https://shop.example/reset?token=[URL_TOKEN_1]');
    expect(redactor.redactions()).toEqual([
      { placeholder: '[URL_TOKEN_1]', kind: 'url_token' },
      { placeholder: '[EMAIL_1]', kind: 'email' },
      { placeholder: '[IBAN_1]', kind: 'iban' },
      { placeholder: '[CARD_1]', kind: 'card' },
      { placeholder: '[PHONE_1]', kind: 'phone' },
    ]);
  });

  it('gives the same value the same placeholder across texts and never lists values', () => {
    const redactor = createRedactor();
    expect(redactor.redact('I am ANNA@example.com')).toBe('I am [EMAIL_1]');
    expect(redactor.redact('write to anna@example.com, cc bob@example.com')).toBe('write to [EMAIL_1], cc [EMAIL_2]');
    expect(JSON.stringify(redactor.redactions())).not.toContain('example.com');
  });

  it('un-redacts placeholders in the reply back to the real values', () => {
    const redactor = createRedactor();
    redactor.redact('my number is 0171 2345678');
    expect(redactor.unredact('We will call [PHONE_1] today. [PHONE_9] stays.')).toBe('We will call 0171 2345678 today. [PHONE_9] stays.');
  });

  it('leaves dates, prices, order numbers that fail checksums and short numbers alone', () => {
    const redactor = createRedactor();
    const text = 'Valid until 2026-12-31, costs 49.90, order 1234, ref 4111 1111 1111 1112, code SUMMER10';
    expect(redactor.redact(text)).toBe(text);
    expect(redactor.redactions()).toEqual([]);
  });

  it('validates card numbers with Luhn and IBANs with mod 97', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(isValidIban('GB82 WEST 1234 5698 7654 33')).toBe(false);
  });

  it('detects personal data or leftover placeholders in a public reply', () => {
    expect(containsPersonalData('Write to [EMAIL_1]')).toBe(true);
    expect(containsPersonalData('Call us on +44 20 7946 0958')).toBe(true);
    expect(containsPersonalData('The tote costs €19.90.')).toBe(false);
  });
});
