import { randomBytes } from 'node:crypto';
import { hashToken } from '../auth/user-tokens';
import { env } from '../env';

export const INVITE_LIFETIME_HOURS = 7 * 24;

/** A fresh invite token: only its SHA-256 is stored, the token itself travels in the email. */
export function newInviteToken(now = new Date()): { token: string; tokenHash: string; expiresAt: Date; url: string } {
  const token = randomBytes(32).toString('base64url');
  return {
    token,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + INVITE_LIFETIME_HOURS * 3600_000),
    url: inviteUrl(token),
  };
}

export function inviteUrl(token: string): string {
  return `${env().APP_URL.replace(/\/$/, '')}/invite/${token}`;
}
