// "Update payment method" in the stand-in's portal: saves the card and, like Stripe does when a
// past-due customer adds a card, retries the open invoice at once.
import { AppError } from '../errors';
import { retryLatestInvoice } from './advance-standin-subscription';
import type { CardBehaviour } from './standin-cards';
import { listStandIn, getStandIn, putStandIn } from './standin-store';

export async function updateStandInCard(input: { customerId: string; card: CardBehaviour }): Promise<{ retried: 'recovered' | 'payment_failed' | 'unpaid' | null }> {
  if (input.card === 'declined') throw new AppError('bad_request', 'Your card was declined. Try another card.');
  const customer = await getStandIn('customer', input.customerId);
  if (!customer) throw new AppError('not_found', 'This customer does not exist.');
  customer.internal.card = input.card;
  await putStandIn('customer', customer);
  const owed = (await listStandIn('subscription')).find(
    (s) => s.object.customer === input.customerId && (s.object.status === 'past_due' || s.object.status === 'unpaid'),
  );
  if (!owed) return { retried: null };
  return { retried: (await retryLatestInvoice(owed)).outcome };
}
