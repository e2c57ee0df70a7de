import { db } from '../db';
import { Prisma } from '../generated/prisma/client';

/**
 * A cancelled booking must not reach Meta: pending events for it become `cancelled` and lose
 * their hashed data. One that is already `sending` (the HTTP call is in flight) cannot be
 * recalled — the Conversions API has no retraction — so only `pending` rows are touched.
 */
export async function cancelPendingCapiEvents({ bookingUid }: { bookingUid: string }): Promise<number> {
  const result = await db.capiEvent.updateMany({
    where: { bookingUid, status: 'pending' },
    data: { status: 'cancelled', userData: Prisma.DbNull, eventSourceUrl: null, clientUserAgent: null },
  });
  return result.count;
}
