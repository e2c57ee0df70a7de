// Delivery statuses only move forward (sent < delivered < read); failed and deleted are final.
// Meta does not order webhooks, so a "delivered" after a "read" must not downgrade.
import type { Prisma } from '../generated/prisma/client';
import type { MessageStatus } from '../generated/prisma/enums';

type Tx = Prisma.TransactionClient;

const rank: Partial<Record<MessageStatus, number>> = { received: 0, queued: 0, sent: 1, delivered: 2, read: 3 };

export type StatusUpdate = { status: 'sent' | 'delivered' | 'read' | 'failed' | 'deleted'; occurredAt: Date; errorCode?: string | null; errorTitle?: string | null };

/** The data to write for `update` on a message currently in `current`, or null for "no change". */
export function nextMessageState(current: { status: MessageStatus; deliveredAt: Date | null; readAt: Date | null }, update: StatusUpdate): Prisma.MessageUpdateInput | null {
  if (current.status === 'deleted') return null;
  if (update.status === 'deleted') return { status: 'deleted', text: null };
  if (current.status === 'failed') return null;
  if (update.status === 'failed') return { status: 'failed', failedAt: update.occurredAt, errorCode: update.errorCode ?? null, errorMessage: update.errorTitle ?? null };
  const data: Prisma.MessageUpdateInput = {};
  if ((update.status === 'delivered' || update.status === 'read') && !current.deliveredAt) data.deliveredAt = update.occurredAt;
  if (update.status === 'read' && !current.readAt) data.readAt = update.occurredAt;
  if ((rank[update.status] ?? 0) > (rank[current.status] ?? 0)) data.status = update.status;
  return Object.keys(data).length ? data : null;
}

/** Applies a status to a message row (by id) inside `tx`; true when something changed. */
export async function applyMessageStatus(tx: Tx, messageId: string, update: StatusUpdate): Promise<boolean> {
  const current = await tx.message.findUniqueOrThrow({ where: { id: messageId }, select: { status: true, deliveredAt: true, readAt: true } });
  const data = nextMessageState(current, update);
  if (!data) return false;
  await tx.message.update({ where: { id: messageId }, data });
  return true;
}

/** Serialises work on one (channel, external id) so a status and its message cannot miss each other. */
export async function lockExternalId(tx: Tx, channelId: string, externalId: string): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`${channelId}:${externalId}`}, 0))`;
}
