// The parts of Cal.com's webhook body we use (https://cal.com/docs/developing/guides/automation/webhooks).
// Loose on purpose: Cal.com adds fields freely, and booking-form `responses` are either plain
// values or `{ label, value }` depending on the version.
import { z } from 'zod';

export const CALCOM_BOOKING_EVENTS = ['BOOKING_CREATED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED'] as const;
export type CalcomBookingEvent = (typeof CALCOM_BOOKING_EVENTS)[number];

export const calcomEnvelopeSchema = z.object({ triggerEvent: z.string().min(1), payload: z.unknown() });

const attendeeSchema = z.object({
  email: z.string().optional(),
  name: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  timeZone: z.string().optional(),
  phoneNumber: z.string().nullish(),
});

export const calcomBookingPayloadSchema = z.object({
  uid: z.string().min(1).max(200),
  /** On BOOKING_RESCHEDULED: the uid of the booking this one replaces. */
  rescheduleUid: z.string().nullish(),
  startTime: z.string().optional(),
  attendees: z.array(attendeeSchema).default([]),
  responses: z.record(z.string(), z.unknown()).nullish(),
  /** Set by our site's embed (`metadata[sourceUrl]`, `metadata[userAgent]`). */
  metadata: z.record(z.string(), z.unknown()).nullish(),
});
export type CalcomBookingPayload = z.infer<typeof calcomBookingPayloadSchema>;
