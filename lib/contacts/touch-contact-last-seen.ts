import type { Prisma } from '../generated/prisma/client';

/**
 * An inbound message moves "last seen" forward on its contact and on the person it was merged
 * into (the contacts list sorts and filters people by it). Only forward: a late-delivered old
 * message never moves it back.
 */
export async function touchContactLastSeen(tx: Prisma.TransactionClient, options: { contactId: string; at: Date }): Promise<void> {
  await tx.$executeRaw`update "Contact" set "lastSeenAt" = ${options.at}
    where (id = ${options.contactId}::uuid or id = (select "mergedIntoId" from "Contact" where id = ${options.contactId}::uuid))
      and ("lastSeenAt" is null or "lastSeenAt" < ${options.at})`;
}
