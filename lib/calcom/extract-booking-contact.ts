import type { CalcomBookingPayload } from './calcom-webhook.schema';
import { splitFullName } from '../capi/normalise-user-data';

export type BookingContact = { email: string | null; firstName: string | null; lastName: string | null; phone: string | null; sourceUrl: string | null; userAgent: string | null };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
/** Booking-form answers come as the value itself or as `{ label, value }`. */
const unwrap = (v: unknown): unknown => (isRecord(v) && 'value' in v ? v.value : v);

function phoneFromLocation(location: unknown): string | null {
  // A "phone call" location is `{ value: 'phone', optionValue: '+44…' }` (sometimes wrapped once more).
  const inner = unwrap(location);
  if (!isRecord(inner)) return null;
  return /phone/i.test(String(inner.value ?? '')) ? str(inner.optionValue) : null;
}

/** The first attendee's identifiers, wherever this Cal.com version put them. Raw, not normalised. */
export function extractBookingContact(payload: CalcomBookingPayload): BookingContact {
  const attendee = payload.attendees[0];
  const responses = payload.responses ?? {};
  const name = unwrap(responses.name);
  let firstName = str(attendee?.firstName) ?? (isRecord(name) ? str(name.firstName) : null);
  let lastName = str(attendee?.lastName) ?? (isRecord(name) ? str(name.lastName) : null);
  if (!firstName && !lastName) ({ first: firstName, last: lastName } = splitFullName(str(attendee?.name) ?? str(name)));
  const metadata = payload.metadata ?? {};
  return {
    email: str(attendee?.email) ?? str(unwrap(responses.email)),
    firstName,
    lastName,
    phone: str(attendee?.phoneNumber) ?? str(unwrap(responses.attendeePhoneNumber)) ?? phoneFromLocation(responses.location),
    sourceUrl: str(metadata.sourceUrl),
    userAgent: str(metadata.userAgent),
  };
}
