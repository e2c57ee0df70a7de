import { db } from '../db';
import { env } from '../env';
import { Prisma } from '../generated/prisma/client';
import type { Logger } from '../logger';
import { graphRequest } from '../meta/graph-request';
import { buildCapiRequestBody } from './build-capi-request-body';

export type SendCapiOutcome = 'sent' | 'skipped' | 'cancelled' | 'already_sent' | 'missing';

const FINISHED = new Set(['sent', 'failed']);

const clearedData = { userData: Prisma.DbNull, eventSourceUrl: null, clientUserAgent: null };

/**
 * Sends one stored event to Meta, safe to run twice. The row is claimed with a conditional
 * update (pending → sending) before Meta is called, so a cancellation that landed first wins;
 * on failure it returns to pending with its data for the retry — except on the `finalAttempt`,
 * which marks it failed and drops the data (nothing would ever send it); on success the hashed
 * data is deleted and only id, status and timestamps remain.
 */
export async function sendCapiEvent({ capiEventId, log, finalAttempt = false }: { capiEventId: string; log: Logger; finalAttempt?: boolean }): Promise<SendCapiOutcome> {
  const config = env();
  if (!config.META_PIXEL_ID || !config.META_CAPI_ACCESS_TOKEN) {
    const skipped = await db.capiEvent.updateMany({ where: { id: capiEventId, status: 'pending' }, data: { status: 'skipped', lastError: 'skipped: not configured', ...clearedData } });
    log.warn({ capiEventId, skipped: skipped.count }, 'conversions API not configured (META_PIXEL_ID, META_CAPI_ACCESS_TOKEN); event skipped');
    return 'skipped';
  }

  // `sending` is claimable too: a worker that crashed mid-call left it there, and pg-boss retries.
  const claimed = await db.capiEvent.updateMany({ where: { id: capiEventId, status: { in: ['pending', 'sending'] } }, data: { status: 'sending', attempts: { increment: 1 } } });
  if (claimed.count === 0) {
    const row = await db.capiEvent.findUnique({ where: { id: capiEventId }, select: { status: true } });
    log.info({ capiEventId, status: row?.status ?? null }, 'conversions API event not pending; nothing sent');
    return !row ? 'missing' : row.status === 'cancelled' ? 'cancelled' : FINISHED.has(row.status) ? 'already_sent' : 'skipped';
  }
  const event = await db.capiEvent.findUniqueOrThrow({ where: { id: capiEventId }, select: { eventName: true, eventId: true, eventTime: true, eventSourceUrl: true, clientUserAgent: true, userData: true, attempts: true } });

  let result: { events_received?: number; fbtrace_id?: string };
  try {
    result = await graphRequest({
      baseUrl: config.META_CAPI_BASE_URL ?? config.META_GRAPH_BASE_URL,
      path: `${config.META_PIXEL_ID}/events`,
      // Meta documents the token as a query parameter for this endpoint; graphRequest never logs URLs.
      query: { access_token: config.META_CAPI_ACCESS_TOKEN },
      json: buildCapiRequestBody(event),
    });
  } catch (error) {
    const message = (error as Error).message.slice(0, 500);
    await db.capiEvent.updateMany({ where: { id: capiEventId, status: 'sending' }, data: finalAttempt ? { status: 'failed', lastError: message, ...clearedData } : { status: 'pending', lastError: message } });
    log.warn({ capiEventId, attempt: event.attempts, error: message, finalAttempt }, finalAttempt ? 'conversions API send failed for good; data dropped' : 'conversions API send failed; will retry');
    throw error;
  }
  await db.capiEvent.update({ where: { id: capiEventId }, data: { status: 'sent', sentAt: new Date(), lastError: null, ...clearedData } });
  log.info({ capiEventId, eventId: event.eventId, eventsReceived: result.events_received ?? null, fbtraceId: result.fbtrace_id ?? null }, 'conversions API event sent');
  return 'sent';
}
