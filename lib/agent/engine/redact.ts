// PII redaction for everything that leaves the building: emails, phone numbers, card numbers
// (Luhn-checked), IBANs (mod-97-checked) and long tokens in URLs (reset links, order tokens)
// become placeholders ("[EMAIL_1]") before the provider sees them. The same value always gets
// the same placeholder, so the model can still refer to it ("we'll write to [EMAIL_1]") and
// unredact() puts the real value back into the reply the customer sees. The prompt preview lists
// placeholders and kinds only, never the values.
import type { PromptPreview } from './compose-reply.types';

export type RedactionKind = PromptPreview['redactions'][number]['kind'];

const placeholderPrefix: Record<RedactionKind, string> = { email: 'EMAIL', phone: 'PHONE', card: 'CARD', iban: 'IBAN', url_token: 'URL_TOKEN' };

/** Luhn checksum: real card numbers pass it, most random digit runs (order numbers) do not. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length >= 13 && sum % 10 === 0;
}

/** ISO 13616 mod-97 check, so "DE89 3704 0044 0532 0130 00" counts and a random code does not. */
export function isValidIban(candidate: string): boolean {
  const iban = candidate.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of rearranged) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const ibanPattern = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;
const cardPattern = /\b\d(?:[ -]?\d){12,18}\b/g;
// +49 30 1234567, (555) 123-4567, 0171/1234567: 7–15 digits with the usual separators.
const phonePattern = /(?<![\p{L}\p{N}])(?:\+|00)?\d[\d ()./-]{5,18}\d(?![\p{L}\p{N}])/gu;
const urlPattern = /https?:\/\/[^\s<>"']+/g;
// A "long token": 16+ characters of letters/digits/-/_ with at least one digit and one letter.
const longTokenPattern = /[A-Za-z0-9_-]{16,}/g;

function isLongToken(token: string): boolean {
  return /\d/.test(token) && /[A-Za-z]/.test(token);
}

export type Redactor = {
  /** Replace personal data in `text` with placeholders (stable across calls). */
  redact(text: string): string;
  /** Put the real values back. */
  unredact(text: string): string;
  /** Placeholders handed out so far, with their kind (never the value). */
  redactions(): PromptPreview['redactions'];
};

export function createRedactor(): Redactor {
  const byValue = new Map<string, string>();
  const byPlaceholder = new Map<string, { value: string; kind: RedactionKind }>();
  const counters: Record<RedactionKind, number> = { email: 0, phone: 0, card: 0, iban: 0, url_token: 0 };

  function placeholderFor(value: string, kind: RedactionKind): string {
    const key = `${kind}:${kind === 'email' ? value.toLowerCase() : value.replace(/[\s()./-]/g, '')}`;
    const existing = byValue.get(key);
    if (existing) return existing;
    counters[kind] += 1;
    const placeholder = `[${placeholderPrefix[kind]}_${counters[kind]}]`;
    byValue.set(key, placeholder);
    byPlaceholder.set(placeholder, { value, kind });
    return placeholder;
  }

  function redact(text: string): string {
    // URLs first: a long token inside a URL is replaced, the rest of the URL (the domain the
    // customer refers to) stays readable. Then the checksummed kinds, then the fuzzy phone match
    // last so it cannot eat a card number or an IBAN.
    let out = text.replace(urlPattern, (url) => url.replace(longTokenPattern, (token) => (isLongToken(token) ? placeholderFor(token, 'url_token') : token)));
    out = out.replace(emailPattern, (email) => placeholderFor(email, 'email'));
    out = out.replace(ibanPattern, (match) => (isValidIban(match) ? placeholderFor(match, 'iban') : match));
    out = out.replace(cardPattern, (match) => (passesLuhn(match.replace(/\D/g, '')) ? placeholderFor(match, 'card') : match));
    out = out.replace(phonePattern, (match) => {
      const digits = match.replace(/\D/g, '');
      // Dates ("2026-12-31") and prices are not phone numbers: need 7+ digits and no date shape.
      if (digits.length < 7 || digits.length > 15 || /^\d{4}[-./]\d{2}[-./]\d{2}$/.test(match.trim())) return match;
      return placeholderFor(match, 'phone');
    });
    return out;
  }

  function unredact(text: string): string {
    return text.replace(/\[(EMAIL|PHONE|CARD|IBAN|URL_TOKEN)_\d+\]/g, (placeholder) => byPlaceholder.get(placeholder)?.value ?? placeholder);
  }

  return {
    redact,
    unredact,
    redactions: () => [...byPlaceholder.entries()].map(([placeholder, { kind }]) => ({ placeholder, kind })),
  };
}

/** Whether a text still contains personal data or placeholders (public comment replies must not). */
export function containsPersonalData(text: string): boolean {
  if (/\[(EMAIL|PHONE|CARD|IBAN|URL_TOKEN)_\d+\]/.test(text)) return true;
  const probe = createRedactor();
  probe.redact(text);
  return probe.redactions().some((entry) => entry.kind !== 'url_token');
}
