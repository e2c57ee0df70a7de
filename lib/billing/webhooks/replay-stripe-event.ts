// Platform admin: processes an unmatched or failed Stripe event again (e.g. after setting the
// missing STRIPE_PRICE_* variable, or once Stripe is reachable again).
import { db } from '../../db';
import { AppError } from '../../errors';
import { enqueue } from '../../jobs/enqueue';

export async function replayStripeEvent(options: { eventId: string }): Promise<void> {
  const { count } = await db.stripeEvent.updateMany({ where: { id: options.eventId, status: { in: ['unmatched', 'failed'] } }, data: { status: 'received', error: null } });
  if (count === 0) throw new AppError('not_found', 'No unmatched or failed event with that id.');
  await enqueue('process-stripe-event', { eventId: options.eventId }, { singletonKey: `${options.eventId}:replay:${Date.now()}` });
}
