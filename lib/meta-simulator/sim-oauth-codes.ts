// One-time authorization codes handed out by the simulated OAuth dialogs.
import { randomBytes } from 'node:crypto';
import { putSimRecord, takeSimRecord } from './simulator-store';

export type SimOAuthCode = { dialog: 'facebook' | 'instagram'; subject: string; accounts: string[]; scopes: string[]; redirectUri: string; embeddedSignup?: boolean; expiresAt: string };

const CODE_TTL_MS = 10 * 60_000;

export async function createSimOAuthCode(options: Omit<SimOAuthCode, 'expiresAt'>): Promise<string> {
  const code = `AQ${randomBytes(24).toString('base64url')}`;
  await putSimRecord('oauth_code', code, { ...options, expiresAt: new Date(Date.now() + CODE_TTL_MS).toISOString() });
  return code;
}

/** Deletes the code as it reads it, so a code works once even when two exchanges race. */
export async function consumeSimOAuthCode(code: string): Promise<SimOAuthCode | null> {
  const record = await takeSimRecord<SimOAuthCode>('oauth_code', code);
  if (!record || Date.parse(record.expiresAt) <= Date.now()) return null;
  return record;
}
