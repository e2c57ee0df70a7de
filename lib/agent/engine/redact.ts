// PII redaction for everything that leaves the building: emails, phone numbers, card numbers
// (Luhn-checked), IBANs (mod-97-checked) and long tokens in URLs (reset links, order tokens)
// become placeholders ("[EMAIL_k3f9x2]") before the provider sees them. The same value always gets
// the same placeholder, so the model can still refer to it ("we'll write to [EMAIL_k3f9x2]") and
// restore() puts the real value back into the reply the customer sees. The prompt preview lists
// placeholders and kinds only, never the values.
//
// Placeholders are a way back to real data, so customers must not be able to forge one (issue 12:
// a customer who wrote "[EMAIL_1]" got the knowledge base's internal address, because the first
// address redacted from a passage was also called [EMAIL_1]). Hence:
//   - every placeholder carries a random suffix, new for every turn, that nobody can guess;
//   - anything placeholder-like in the text being redacted is neutralised first ("[EMAIL_1]" →
//     "(EMAIL_1)"), so it is plain text to the model and to restore();
//   - each value remembers where it came from (the conversation, or a passage), and restore()
//     gives back only values whose origin the reply may draw on (compose-reply decides which).
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

/** Where a redacted value was found: the conversation, or a source passage (`source:<id>`). */
export type RedactionOrigin = 'conversation' | `source:${string}`;

export type Redactor = {
  /** Replace personal data in `text` with placeholders (stable across calls), noting where it came from. */
  redact(text: string, origin?: RedactionOrigin): string;
  /**
   * Put real values back, but only those with an origin `allowed` accepts; placeholders of other
   * values stay and are listed in `withheld` (the caller must not send such a reply as is).
   */
  restore(text: string, allowed: (origin: RedactionOrigin) => boolean): { text: string; withheld: string[] };
  /** Placeholders handed out so far, with their kind (never the value). */
  redactions(): PromptPreview['redactions'];
};

const kindNames = Object.values(placeholderPrefix).join('|');
/** Anything shaped like a placeholder, including forgeries ("[EMAIL_1]", "[phone_x]"). */
const placeholderLike = new RegExp(`\\[\\s*((?:${kindNames})_[^\\]\\s]{0,40})\\s*\\]`, 'gi');
/** Placeholders as this module writes them: "[EMAIL_" + 6 random lowercase letters/digits + "]". */
export const placeholderPattern = new RegExp(`\\[(?:${kindNames})_[a-z0-9]{6}\\]`, 'g');
const SUFFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** 6 random characters (36^6 ≈ 2·10^9), from the platform CSPRNG (Node and browsers), without modulo bias. */
function randomSuffix(): string {
  let out = '';
  while (out.length < 6) {
    for (const byte of crypto.getRandomValues(new Uint8Array(12))) {
      if (byte < 252 && out.length < 6) out += SUFFIX_ALPHABET[byte % 36];
    }
  }
  return out;
}

export function createRedactor(options: { suffix?: () => string } = {}): Redactor {
  const nextSuffix = options.suffix ?? randomSuffix;
  const byValue = new Map<string, string>();
  const byPlaceholder = new Map<string, { value: string; kind: RedactionKind; origins: Set<RedactionOrigin> }>();

  function placeholderFor(value: string, kind: RedactionKind, origin: RedactionOrigin): string {
    const key = `${kind}:${kind === 'email' ? value.toLowerCase() : value.replace(/[\s()./-]/g, '')}`;
    let placeholder = byValue.get(key);
    if (!placeholder) {
      do placeholder = `[${placeholderPrefix[kind]}_${nextSuffix()}]`;
      while (byPlaceholder.has(placeholder));
      byValue.set(key, placeholder);
      byPlaceholder.set(placeholder, { value, kind, origins: new Set() });
    }
    byPlaceholder.get(placeholder)!.origins.add(origin);
    return placeholder;
  }

  function redact(text: string, origin: RedactionOrigin = 'conversation'): string {
    // Forged placeholders become plain text first; our own (already issued) ones are left alone,
    // so redacting a text twice changes nothing.
    let out = text.replace(placeholderLike, (match, inner: string) => (byPlaceholder.has(match) ? match : `(${inner})`));
    // URLs first: a long token inside a URL is replaced, the rest of the URL (the domain the
    // customer refers to) stays readable. Then the checksummed kinds, then the fuzzy phone match
    // last so it cannot eat a card number or an IBAN.
    out = out.replace(urlPattern, (url) => url.replace(longTokenPattern, (token) => (isLongToken(token) ? placeholderFor(token, 'url_token', origin) : token)));
    out = out.replace(emailPattern, (email) => placeholderFor(email, 'email', origin));
    out = out.replace(ibanPattern, (match) => (isValidIban(match) ? placeholderFor(match, 'iban', origin) : match));
    out = out.replace(cardPattern, (match) => (passesLuhn(match.replace(/\D/g, '')) ? placeholderFor(match, 'card', origin) : match));
    out = out.replace(phonePattern, (match) => {
      const digits = match.replace(/\D/g, '');
      // Dates ("2026-12-31") and prices are not phone numbers: need 7+ digits and no date shape.
      if (digits.length < 7 || digits.length > 15 || /^\d{4}[-./]\d{2}[-./]\d{2}$/.test(match.trim())) return match;
      return placeholderFor(match, 'phone', origin);
    });
    return out;
  }

  function restore(text: string, allowed: (origin: RedactionOrigin) => boolean) {
    const withheld: string[] = [];
    const restored = text.replace(placeholderPattern, (placeholder) => {
      const entry = byPlaceholder.get(placeholder);
      if (!entry) return placeholder; // not ours: plain text (a guess can only hit a value by chance 1 in 2·10^9)
      if ([...entry.origins].some(allowed)) return entry.value;
      withheld.push(placeholder);
      return placeholder;
    });
    return { text: restored, withheld };
  }

  return {
    redact,
    restore,
    redactions: () => [...byPlaceholder.entries()].map(([placeholder, { kind }]) => ({ placeholder, kind })),
  };
}

/** Whether a text still contains personal data or placeholder-like text (public comment replies must not). */
export function containsPersonalData(text: string): boolean {
  if (new RegExp(placeholderLike.source, 'i').test(text)) return true;
  const probe = createRedactor();
  probe.redact(text);
  return probe.redactions().some((entry) => entry.kind !== 'url_token');
}
