// What the /dev/meta console offers: the simulated channels (with their failure switches) and
// the known customers per channel.
import { ensureSimulatorSeeded, type SimAccount, type SimCustomer } from './ensure-simulator-seeded';
import { getAccountSwitches, type AccountSwitches } from './simulator-switches';
import { listSimRecords } from './simulator-store';
import type { SimChannel } from './simulator-ids';

export type ConsoleChannel = { channel: SimChannel; accountId: string; label: string; switches: AccountSwitches };

export async function getConsoleSetup(): Promise<{ channels: ConsoleChannel[]; customers: SimCustomer[] }> {
  await ensureSimulatorSeeded();
  const accounts = (await listSimRecords<SimAccount>('account', { take: 200 })).map((r) => r.data);
  const channels: ConsoleChannel[] = [];
  for (const a of accounts) {
    const base = a.type === 'instagram' ? { channel: 'instagram' as const, label: `Instagram @${a.username}` }
      : a.type === 'page' ? { channel: 'messenger' as const, label: `Messenger · ${a.name}` }
      : a.type === 'phone_number' ? { channel: 'whatsapp' as const, label: `WhatsApp +${a.displayPhoneNumber} (${a.verifiedName})` }
      : null;
    if (base) channels.push({ ...base, accountId: a.id, switches: await getAccountSwitches(a.id) });
  }
  const order = { instagram: 0, messenger: 1, whatsapp: 2 };
  channels.sort((x, y) => order[x.channel] - order[y.channel] || x.accountId.localeCompare(y.accountId));
  const customers = (await listSimRecords<SimCustomer>('customer', { take: 200 })).map((r) => r.data).sort((a, b) => a.name.localeCompare(b.name));
  return { channels, customers };
}
