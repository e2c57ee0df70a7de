import { db } from '../db';

/**
 * A reschedule is the same person's same booking, so it sends nothing new (a second "Schedule"
 * would double-count). A still-pending event moves to the new booking uid so that a later
 * cancellation of the rescheduled booking still stops it; its event_id stays the one the
 * Pixel used for the original booking.
 */
export async function followRescheduledBooking({ fromUid, toUid }: { fromUid: string; toUid: string }): Promise<number> {
  if (fromUid === toUid) return 0;
  const taken = await db.capiEvent.count({ where: { bookingUid: toUid } });
  if (taken) return 0;
  const result = await db.capiEvent.updateMany({ where: { bookingUid: fromUid, status: 'pending' }, data: { bookingUid: toUid } });
  return result.count;
}
