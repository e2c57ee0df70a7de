// Access tokens the simulator issues. A token grants the account ids listed in it; the
// "expire tokens" switch on any of them makes every call with it fail with code 190.
import { randomBytes } from 'node:crypto';
import { simErrors } from './sim-graph-error';
import { getAccountSwitches } from './simulator-switches';
import { getSimRecord, insertSimRecordOnce } from './simulator-store';

export type SimTokenType = 'user' | 'page' | 'instagram';
export type SimToken = { type: SimTokenType; subject: string; accounts: string[]; scopes: string[]; longLived: boolean; issuedAt: string; expiresAt: string | null };

export const SHORT_LIVED_SECONDS = 3600;
export const LONG_LIVED_SECONDS = 60 * 24 * 3600;

export async function issueSimToken(options: { type: SimTokenType; subject: string; accounts: string[]; scopes?: string[]; expiresInSeconds: number | null; token?: string }): Promise<{ token: string; expiresIn: number | null; record: SimToken }> {
  const prefix = options.type === 'instagram' ? 'IGAA' : 'EAA';
  const token = options.token ?? `${prefix}sim${randomBytes(24).toString('base64url')}`;
  const now = Date.now();
  const record: SimToken = {
    type: options.type,
    subject: options.subject,
    accounts: [...new Set([options.subject, ...options.accounts])],
    scopes: options.scopes ?? [],
    longLived: options.expiresInSeconds === null || options.expiresInSeconds > SHORT_LIVED_SECONDS,
    issuedAt: new Date(now).toISOString(),
    expiresAt: options.expiresInSeconds === null ? null : new Date(now + options.expiresInSeconds * 1000).toISOString(),
  };
  await insertSimRecordOnce('token', token, record);
  return { token, expiresIn: options.expiresInSeconds, record };
}

/** The token's record, or a Graph 190 error when it is unknown, expired or switched to expired. */
export async function resolveSimToken(token: string | null): Promise<SimToken & { token: string }> {
  if (!token) throw simErrors.missingToken();
  const record = await getSimRecord<SimToken>('token', token);
  if (!record) throw simErrors.invalidToken();
  if (record.expiresAt && Date.parse(record.expiresAt) <= Date.now()) throw simErrors.expiredToken();
  for (const accountId of record.accounts) {
    if ((await getAccountSwitches(accountId)).expireTokens) throw simErrors.expiredToken();
  }
  return { ...record, token };
}

export function assertGrants(token: SimToken, accountId: string): void {
  if (!token.accounts.includes(accountId)) throw simErrors.permission(`The access token does not grant access to object ${accountId}`);
}
