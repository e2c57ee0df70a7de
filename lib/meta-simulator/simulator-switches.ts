// Failure switches set from the /dev/meta console, stored per simulated account.
import { z } from 'zod';
import { getSimRecord, putSimRecord } from './simulator-store';

export const switchNameSchema = z.enum(['expireTokens', 'rateLimitNextSend', 'windowClosed']);
export type SwitchName = z.infer<typeof switchNameSchema>;
export type AccountSwitches = Partial<Record<SwitchName, boolean>>;

export async function getAccountSwitches(accountId: string): Promise<AccountSwitches> {
  return (await getSimRecord<AccountSwitches>('switches', accountId)) ?? {};
}

export async function setAccountSwitch(options: { accountId: string; name: SwitchName; on: boolean }): Promise<void> {
  const current = await getAccountSwitches(options.accountId);
  await putSimRecord('switches', options.accountId, { ...current, [options.name]: options.on });
}

/** True once: a pending "rate limit next send" is consumed by the send it fails. */
export async function consumeRateLimitSwitch(accountId: string): Promise<boolean> {
  const current = await getAccountSwitches(accountId);
  if (!current.rateLimitNextSend) return false;
  await putSimRecord('switches', accountId, { ...current, rateLimitNextSend: false });
  return true;
}
