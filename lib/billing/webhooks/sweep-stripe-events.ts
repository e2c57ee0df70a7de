// Housekeeping for stored Stripe events: re-queue any still `received` after a few minutes (the
// enqueue after storing failed, or a worker lost it), and delete handled ones after 90 days —
// they hold billing names and emails, and Stripe keeps its own event history.
import { db } from '../../db';
import { enqueue } from '../../jobs/enqueue';

const DAY_MS = 86_400_000;
export const STRIPE_EVENT_RETENTION_DAYS = 90;

export async function sweepStripeEvents(options: { now?: Date } = {}): Promise<{ requeued: number; deleted: number }> {
  const now = options.now ?? new Date();
  const stuck = await db.stripeEvent.findMany({ where: { status: 'received', receivedAt: { lt: new Date(now.getTime() - 10 * 60_000) } }, select: { id: true }, take: 500 });
  for (const event of stuck) await enqueue('process-stripe-event', { eventId: event.id }, { singletonKey: event.id });
  const { count } = await db.stripeEvent.deleteMany({
    where: { status: { in: ['processed', 'ignored'] }, receivedAt: { lt: new Date(now.getTime() - STRIPE_EVENT_RETENTION_DAYS * DAY_MS) } },
  });
  return { requeued: stuck.length, deleted: count };
}
