// Meta's Conversions API matches people by SHA-256 hashes of normalised identifiers; a value
// normalised differently from Meta's rules simply never matches. Rules from
// https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/customer-information-parameters
import { createHash } from 'node:crypto';

export const sha256Hex = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

/** Trimmed and lowercased; null when it is not an address at all. */
export function normaliseEmail(raw: string | null | undefined): string | null {
  const value = raw?.trim().toLowerCase() ?? '';
  return /^[^\s@]+@[^\s@]+$/.test(value) ? value : null;
}

/**
 * Lowercased, punctuation, digits and spaces removed, letters of any script kept (Meta wants
 * UTF-8, not transliteration): "  O'Brien-Smith " → "obriensmith", "José" → "josé".
 */
export function normaliseName(raw: string | null | undefined): string | null {
  const value = (raw ?? '').normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}]/gu, '');
  return value || null;
}

/**
 * Digits only, with the country code and without leading zeros. A number written with `+` or `00` already carries its country
 * code; any other number gets `defaultCountryCode` (digits) when one is configured, after its
 * trunk zeros are dropped ("020 7946 0958" + 44 → "442079460958").
 */
export function normalisePhone(raw: string | null | undefined, defaultCountryCode?: string): string | null {
  // "+44 (0)20 …": the bracketed trunk zero is not dialled internationally.
  const trimmed = (raw ?? '').replace(/\(0\)/g, '').trim();
  if (!trimmed) return null;
  const international = trimmed.startsWith('+') || /^00[1-9]/.test(trimmed.replace(/[^\d+]/g, ''));
  let digits = trimmed.replace(/\D/g, '').replace(/^0+/, '');
  if (!international && defaultCountryCode) digits = `${defaultCountryCode}${digits}`;
  // Shorter than any real number with its country code (E.164 allows up to 15 digits).
  return digits.length >= 7 && digits.length <= 15 ? digits : null;
}

/** "Jane van der Berg" → first "jane"-to-be, last "van der Berg" (normalised separately). */
export function splitFullName(fullName: string | null | undefined): { first: string | null; last: string | null } {
  const parts = (fullName ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return { first: null, last: null };
  return { first: parts[0]!, last: parts.length > 1 ? parts.slice(1).join(' ') : null };
}

export type HashedUserData = { em?: string; fn?: string; ln?: string; ph?: string };

/** Normalises then hashes; identifiers that are missing or unusable are left out. */
export function hashUserData(input: { email?: string | null; firstName?: string | null; lastName?: string | null; phone?: string | null; defaultCountryCode?: string }): HashedUserData {
  const em = normaliseEmail(input.email);
  const fn = normaliseName(input.firstName);
  const ln = normaliseName(input.lastName);
  const ph = normalisePhone(input.phone, input.defaultCountryCode);
  return {
    ...(em ? { em: sha256Hex(em) } : {}),
    ...(fn ? { fn: sha256Hex(fn) } : {}),
    ...(ln ? { ln: sha256Hex(ln) } : {}),
    ...(ph ? { ph: sha256Hex(ph) } : {}),
  };
}
