import type { ChannelType } from '../../generated/prisma/enums';
import type { Prisma } from '../../generated/prisma/client';
import { db } from '../../db';

type Tx = Prisma.TransactionClient;

/**
 * The channel a webhook unit belongs to. Unscoped because the webhook carries no workspace:
 * safe since (type, externalId) is unique and the body's signature was verified first.
 * Disconnected channels do not receive events (they would resurrect deleted data).
 */
export async function unsafeFindChannelByRoutingKey(type: ChannelType, routingKey: string | null, tx: Tx = db): Promise<{ id: string; workspaceId: string } | null> {
  if (!routingKey) return null;
  const channel = await tx.channel.findUnique({ where: { type_externalId: { type, externalId: routingKey } }, select: { id: true, workspaceId: true, status: true } });
  if (!channel || channel.status === 'disconnected') return null;
  return { id: channel.id, workspaceId: channel.workspaceId };
}
