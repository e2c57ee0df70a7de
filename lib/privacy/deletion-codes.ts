// Codes of a deletion request. The confirmation code (12 characters, ~60 bits) is the requester's
// key to the status page; the proof code (DEL-XXXX-XXXX, 40 bits) is what they send as a message
// from the account to erase. A proof code is only useful from that account (the sender must match
// the request's identifier), expires with the request, and a request stops accepting it after
// PROOF_MAX_MISMATCHES messages from other senders.
import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: people copy these by hand.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

const randomCode = (length: number) => Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

export const newConfirmationCode = () => randomCode(12);
export const newProofCode = () => `DEL-${randomCode(4)}-${randomCode(4)}`;

/** Finds a proof code inside a message text (case-insensitive; spaces or dashes in between). */
export const proofCodePattern = /\bDEL[-\s]?([A-HJ-NP-Z2-9]{4})[-\s]?([A-HJ-NP-Z2-9]{4})\b/i;

export function findProofCode(text: string | null | undefined): string | null {
  const match = text ? proofCodePattern.exec(text) : null;
  return match ? `DEL-${match[1]!.toUpperCase()}-${match[2]!.toUpperCase()}` : null;
}

export const PUBLIC_REQUEST_EXPIRY_DAYS = 7;
export const PROOF_MAX_MISMATCHES = 5;
/** The legal deadline to answer a request (GDPR art. 12(3): one month). */
export const PRIVACY_REQUEST_DUE_DAYS = 30;
