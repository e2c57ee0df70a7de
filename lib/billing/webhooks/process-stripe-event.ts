// The process-stripe-event job: one stored event → handleStripeEvent → its row marked processed,
// ignored or unmatched (unknown customer or price: kept for the platform admin, /platform/billing).
// Errors (Stripe unreachable, database) rethrow so pg-boss retries with backoff; the last attempt
// leaves the row `failed` with the reason, replayable from /platform/billing.
import type Stripe from 'stripe';
import { db } from '../../db';
import type { Logger } from '../../logger';
import { handleStripeEvent } from './handle-stripe-event';

const FINAL = new Set(['processed', 'ignored', 'unmatched']);

export async function processStripeEvent(options: { eventId: string; attempt: number; maxAttempts: number; log: Logger }): Promise<void> {
  const { eventId, log } = options;
  const row = await db.stripeEvent.findUnique({ where: { id: eventId }, select: { status: true, rawBody: true, type: true } });
  if (!row || FINAL.has(row.status)) return; // processed once: a re-run does nothing
  await db.stripeEvent.update({ where: { id: eventId }, data: { attempts: { increment: 1 } } });
  try {
    const outcome = await handleStripeEvent(JSON.parse(row.rawBody) as Stripe.Event);
    await db.stripeEvent.update({
      where: { id: eventId },
      data: { status: outcome.status, workspaceId: outcome.workspaceId, error: outcome.note?.slice(0, 1000) ?? null, processedAt: new Date() },
    });
    const level = outcome.status === 'unmatched' ? 'warn' : 'info';
    log[level]({ eventId, type: row.type, status: outcome.status, workspaceId: outcome.workspaceId, note: outcome.note }, 'stripe event handled');
  } catch (error) {
    const last = options.attempt >= options.maxAttempts;
    await db.stripeEvent.update({ where: { id: eventId }, data: { status: last ? 'failed' : 'received', error: `attempt ${options.attempt}: ${(error as Error).message}`.slice(0, 1000) } });
    log.warn({ eventId, type: row.type, attempt: options.attempt, last, err: error }, 'stripe event failed');
    throw error;
  }
}
