import { db } from '../db';
import { devMailboxMessageSelect, toDevMailboxMessage, type DevMailboxMessage } from './dev-mailbox-message';

/** The newest dev-mailbox email to `to` (case-insensitive), or null. Tests follow its links. */
export async function getLatestDevMailboxMessage({ to }: { to: string }): Promise<DevMailboxMessage | null> {
  const row = await db.emailMessage.findFirst({
    where: { transport: 'dev-mailbox', to: { equals: to, mode: 'insensitive' } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: devMailboxMessageSelect,
  });
  return row && toDevMailboxMessage(row);
}
