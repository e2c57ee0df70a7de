import { cancelPendingCapiEvents } from '../capi/cancel-pending-capi-events';
import { followRescheduledBooking } from '../capi/follow-rescheduled-booking';
import { queueCapiScheduleEvent } from '../capi/queue-capi-schedule-event';
import { env } from '../env';
import { logger } from '../logger';
import { readBodyLimited } from '../meta/webhooks/read-body-limited';
import { CALCOM_BOOKING_EVENTS, calcomBookingPayloadSchema, calcomEnvelopeSchema, type CalcomBookingEvent } from './calcom-webhook.schema';
import { extractBookingContact } from './extract-booking-contact';
import { verifyCalcomSignature } from './verify-calcom-signature';

const MAX_BYTES = 256 * 1024;
const json = (status: number, body: object) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

/**
 * The whole POST: configured? → size limit → X-Cal-Signature-256 over the raw bytes (401 and
 * nothing stored when wrong) → zod → one domain call per booking event. Unknown trigger events
 * (PING, MEETING_ENDED, …) are acknowledged and ignored so Cal.com does not retry them.
 */
export async function handleCalcomWebhook(request: Request): Promise<Response> {
  const secret = env().CALCOM_WEBHOOK_SECRET;
  if (!secret) return json(503, { error: 'not_configured', message: 'Cal.com webhooks are not configured (CALCOM_WEBHOOK_SECRET)' });
  let bytes: Uint8Array;
  try {
    bytes = await readBodyLimited(request, MAX_BYTES);
  } catch {
    return json(413, { error: 'payload_too_large', message: `Body over ${MAX_BYTES} bytes or unreadable` });
  }
  if (!verifyCalcomSignature(bytes, request.headers.get('x-cal-signature-256'), secret)) {
    logger.warn({ bytes: bytes.byteLength, hasHeader: request.headers.has('x-cal-signature-256') }, 'cal.com webhook signature missing or invalid');
    return json(401, { error: 'unauthorized', message: 'Missing or invalid X-Cal-Signature-256' });
  }

  let envelope;
  try {
    envelope = calcomEnvelopeSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    logger.warn({ bytes: bytes.byteLength }, 'cal.com webhook body is not a webhook envelope');
    return json(400, { error: 'bad_request', message: 'Body is not a Cal.com webhook' });
  }
  if (!(CALCOM_BOOKING_EVENTS as readonly string[]).includes(envelope.triggerEvent)) return json(200, { status: 'ignored', triggerEvent: envelope.triggerEvent });
  const parsed = calcomBookingPayloadSchema.safeParse(envelope.payload);
  if (!parsed.success) {
    // Paths and codes only: the values are personal data.
    logger.warn({ triggerEvent: envelope.triggerEvent, issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`) }, 'cal.com booking payload rejected');
    return json(400, { error: 'bad_request', message: 'Booking payload is malformed' });
  }
  const outcome = await applyBookingEvent(envelope.triggerEvent as CalcomBookingEvent, parsed.data);
  logger.info({ triggerEvent: envelope.triggerEvent, ...outcome }, 'cal.com webhook handled');
  return json(200, { status: 'ok', ...outcome });
}

async function applyBookingEvent(triggerEvent: CalcomBookingEvent, payload: ReturnType<typeof calcomBookingPayloadSchema.parse>) {
  switch (triggerEvent) {
    case 'BOOKING_CREATED': {
      const { capiEventId, status } = await queueCapiScheduleEvent({ bookingUid: payload.uid, contact: extractBookingContact(payload) });
      return { capiEventId, capiStatus: status };
    }
    case 'BOOKING_RESCHEDULED':
      return { moved: payload.rescheduleUid ? await followRescheduledBooking({ fromUid: payload.rescheduleUid, toUid: payload.uid }) : 0 };
    case 'BOOKING_CANCELLED':
      return { cancelled: await cancelPendingCapiEvents({ bookingUid: payload.uid }) };
  }
}
