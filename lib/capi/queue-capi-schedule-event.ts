import { db } from '../db';
import { env } from '../env';
import type { Prisma } from '../generated/prisma/client';
import { enqueue } from '../jobs/enqueue';
import type { BookingContact } from '../calcom/extract-booking-contact';
import { CAPI_SCHEDULE_EVENT, capiEventIdForBooking } from './capi-event-id';
import { hashUserData } from './normalise-user-data';

const httpUrl = (value: string | null) => {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
};

/**
 * Stores a pending "Schedule" event for a booking (hashed identifiers only) and queues its send.
 * Cal.com redelivers: the (bookingUid, eventName) unique key makes a second delivery a no-op,
 * and the job is queued again only while the event is still pending (singleton per event).
 */
export async function queueCapiScheduleEvent({ bookingUid, contact, receivedAt = new Date() }: { bookingUid: string; contact: BookingContact; receivedAt?: Date }) {
  // Meta requires client_user_agent on website events, and Cal.com's webhook does not carry it:
  // our embed passes it as metadata[userAgent]. Without it Meta would refuse every retry, so the
  // event is recorded as skipped and no identifiers are stored at all.
  const userAgent = contact.userAgent?.slice(0, 512) ?? null;
  const userData = userAgent ? hashUserData({ ...contact, defaultCountryCode: env().META_CAPI_DEFAULT_COUNTRY_CODE }) : null;
  await db.capiEvent.createMany({
    data: [{
      bookingUid,
      eventName: CAPI_SCHEDULE_EVENT,
      eventId: capiEventIdForBooking(bookingUid),
      ...(userData ? { userData: userData as Prisma.InputJsonObject } : { status: 'skipped', lastError: 'skipped: no client user agent (the booking embed must pass metadata[userAgent])' }),
      // Meta wants the time the conversion happened: when the visitor booked, i.e. now.
      eventTime: receivedAt,
      // Without the page the embed reports, the booking happened on our public site.
      eventSourceUrl: userData ? (httpUrl(contact.sourceUrl) ?? env().APP_URL) : null,
      clientUserAgent: userAgent,
    }],
    skipDuplicates: true,
  });
  const event = await db.capiEvent.findUniqueOrThrow({ where: { bookingUid_eventName: { bookingUid, eventName: CAPI_SCHEDULE_EVENT } }, select: { id: true, status: true } });
  if (event.status === 'pending') await enqueue('send-capi-event', { capiEventId: event.id }, { singletonKey: event.id });
  return { capiEventId: event.id, status: event.status };
}
