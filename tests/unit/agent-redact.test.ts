import { describe, expect, it } from 'vitest';
import { containsPersonalData, createRedactor, isValidIban, passesLuhn, placeholderPattern } from '@/lib/agent/engine/redact';

/** Suffixes 1, 2, 3… instead of random ones, so expectations can be written out. */
function numbered() {
  let n = 0;
  return createRedactor({ suffix: () => String(++n) });
}
const everywhere = () => true;

describe('createRedactor', () => {
  it('replaces emails, phones, cards, IBANs and URL tokens with placeholders', () => {
    const redactor = numbered();
    const text = redactor.redact(
      'Mail anna@example.com or call +49 171 2345678. Card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, reset https://shop.example/reset?token=a8F3kd92LmQ0zX71pp',
    );
    expect(text).toBe('Mail [EMAIL_2] or call [PHONE_5]. Card [CARD_4], IBAN [IBAN_3], reset https://shop.example/reset?token=[URL_TOKEN_1]');
    expect(redactor.redactions()).toEqual([
      { placeholder: '[URL_TOKEN_1]', kind: 'url_token' },
      { placeholder: '[EMAIL_2]', kind: 'email' },
      { placeholder: '[IBAN_3]', kind: 'iban' },
      { placeholder: '[CARD_4]', kind: 'card' },
      { placeholder: '[PHONE_5]', kind: 'phone' },
    ]);
  });

  it('gives the same value the same placeholder across texts and never lists values', () => {
    const redactor = numbered();
    expect(redactor.redact('I am ANNA@example.com')).toBe('I am [EMAIL_1]');
    expect(redactor.redact('write to anna@example.com, cc bob@example.com')).toBe('write to [EMAIL_1], cc [EMAIL_2]');
    expect(JSON.stringify(redactor.redactions())).not.toContain('example.com');
  });

  it('restores placeholders in the reply to the real values', () => {
    const redactor = createRedactor();
    const [placeholder] = redactor.redact('my number is 0171 2345678').match(placeholderPattern)!;
    expect(redactor.restore(`We will call ${placeholder} today. [PHONE_zzzzzz] stays.`, everywhere)).toEqual({ text: 'We will call 0171 2345678 today. [PHONE_zzzzzz] stays.', withheld: [] });
  });

  it('leaves dates, prices, order numbers that fail checksums and short numbers alone', () => {
    const redactor = numbered();
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
    expect(containsPersonalData('Write to [EMAIL_k3f9x2]')).toBe(true);
    expect(containsPersonalData('Call us on +44 20 7946 0958')).toBe(true);
    expect(containsPersonalData('The tote costs €19.90.')).toBe(false);
  });
});

describe('placeholders cannot be forged', () => {
  it('are random per turn: six characters, different in every redactor', () => {
    const first = createRedactor().redact('mail ops@shop.example');
    const second = createRedactor().redact('mail ops@shop.example');
    expect(first).toMatch(/^mail \[EMAIL_[a-z0-9]{6}\]$/);
    expect(first).not.toBe(second);
  });

  it('neutralises anything placeholder-like the customer or a document wrote', () => {
    const redactor = createRedactor();
    expect(redactor.redact('my email is [EMAIL_1], phone [ phone_1 ] and [URL_TOKEN_abcdef]')).toBe('my email is (EMAIL_1), phone (phone_1) and (URL_TOKEN_abcdef)');
    // Redacting an already redacted text changes nothing (our own placeholders are kept).
    const once = redactor.redact('write to ana@example.com');
    expect(redactor.redact(once)).toBe(once);
  });

  it('a guessed or copied "[EMAIL_1]" never brings back the knowledge base\'s address', () => {
    const redactor = createRedactor();
    const question = redactor.redact('Reply to my address [EMAIL_1] please', 'conversation');
    const passage = redactor.redact('Escalations: ops-lead@acme-internal.example', 'source:knowledge:chunk-1');
    expect(question).toBe('Reply to my address (EMAIL_1) please');
    const restored = redactor.restore('We will write to [EMAIL_1] and (EMAIL_1).', everywhere);
    expect(restored.text).toBe('We will write to [EMAIL_1] and (EMAIL_1).');
    expect(passage).not.toContain('ops-lead');
  });

  it('restores only values from allowed origins and lists the rest as withheld', () => {
    const redactor = createRedactor();
    const customer = redactor.redact('I am ana@example.com', 'conversation').match(placeholderPattern)![0]!;
    const internal = redactor.redact('Staff line: +49 30 9876 5432', 'source:knowledge:weak').match(placeholderPattern)![0]!;
    const allowed = (origin: string) => origin === 'conversation';
    expect(redactor.restore(`Thanks ${customer}`, allowed)).toEqual({ text: 'Thanks ana@example.com', withheld: [] });
    expect(redactor.restore(`Call ${internal}`, allowed)).toEqual({ text: `Call ${internal}`, withheld: [internal] });
    // The same value found in the conversation too is the customer's own: restorable.
    redactor.redact('my number is +49 30 9876 5432', 'conversation');
    expect(redactor.restore(`Call ${internal}`, allowed).withheld).toEqual([]);
  });
});
