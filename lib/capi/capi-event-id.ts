// Browser-safe (no node imports): the public site's Pixel calls this with the booking uid from
// Cal.com's embed event, so the Pixel's eventID and the server event's event_id are equal and
// Meta counts the booking once. Example for the Pixel:
//   Cal('on', { action: 'bookingSuccessfulV2', callback: (e) =>
//     fbq('track', 'Schedule', {}, { eventID: capiEventIdForBooking(e.detail.data.uid) }) });
export const CAPI_SCHEDULE_EVENT = 'Schedule';

/** Deterministic from the booking uid, so both sides derive it without talking to each other. */
export function capiEventIdForBooking(bookingUid: string): string {
  return `calcom-schedule-${bookingUid}`;
}
