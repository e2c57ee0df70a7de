import { z } from 'zod';
import { db } from '../db';
import { devMailboxMessageSelect, toDevMailboxMessage, type DevMailboxMessage } from './dev-mailbox-message';

/** One dev-mailbox email with its body and links, or null (also for a malformed id). */
export async function getDevMailboxMessage({ id }: { id: string }): Promise<DevMailboxMessage | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await db.emailMessage.findFirst({ where: { id, transport: 'dev-mailbox' }, select: devMailboxMessageSelect });
  return row && toDevMailboxMessage(row);
}
