// The stand-in's test clock, one subscription at a time: "the current period ends now". Renews
// (charging the saved card), applies a scheduled downgrade, ends a subscription set to cancel,
// or retries an unpaid invoice — Stripe gives up after 3 failed attempts (status unpaid).
import { AppError } from '../errors';
import { findStandInPrice } from './standin-catalogue';
import { cancelStandInSubscriptionNow, loadLiveStandInSubscription } from './change-standin-subscription';
import { emitStandInEvent } from './standin-events';
import { unixNow } from './standin-ids';
import { createStandInInvoice, itemOf } from './standin-invoices';
import { periodEnd, priceObject } from './standin-objects';
import { getStandIn, putStandIn, type Json, type SubscriptionRecord } from './standin-store';

export const MAX_PAYMENT_ATTEMPTS = 3;

export async function advanceStandInSubscription(input: { subscriptionId: string }): Promise<{ outcome: 'renewed' | 'payment_failed' | 'unpaid' | 'recovered' | 'canceled' }> {
  const record = await loadLiveStandInSubscription(input.subscriptionId);
  if (record.object.cancel_at_period_end) {
    await cancelStandInSubscriptionNow({ subscriptionId: record.object.id });
    return { outcome: 'canceled' };
  }
  const status = String(record.object.status);
  if (status === 'past_due' || status === 'unpaid') return retryLatestInvoice(record);

  const customer = await getStandIn('customer', String(record.object.customer));
  if (!customer) throw new AppError('not_found', 'The customer of this subscription no longer exists.');
  const price = findStandInPrice(record.internal.scheduledPriceId ?? itemOf(record.object).priceId);
  if (!price) throw new AppError('conflict', 'The subscription’s price no longer exists.');
  const now = unixNow();
  const end = periodEnd(now, price.period);
  const previous = { items: record.object.items, status: record.object.status } as { [key: string]: Json };
  const item = (record.object.items as { data: Record<string, Json>[] }).data[0]!;
  Object.assign(item, { price: priceObject(price), current_period_start: now, current_period_end: end });
  record.internal.scheduledPriceId = null;
  const paid = customer.internal.card === 'ok';
  const invoice = await createStandInInvoice({ customer: customer.object, subscriptionId: record.object.id, price, amount: price.unitAmount, reason: 'subscription_cycle', periodStart: now, periodEnd: end, paid });
  record.object.latest_invoice = invoice.id;
  record.object.status = paid ? 'active' : 'past_due';
  await putStandIn('subscription', record);
  await emitStandInEvent(paid ? 'invoice.paid' : 'invoice.payment_failed', invoice);
  await emitStandInEvent('customer.subscription.updated', record.object, previous);
  return { outcome: paid ? 'renewed' : 'payment_failed' };
}

/** Charges the open latest invoice again with the customer's current card. */
export async function retryLatestInvoice(record: SubscriptionRecord): Promise<{ outcome: 'recovered' | 'payment_failed' | 'unpaid' }> {
  const invoice = await getStandIn('invoice', String(record.object.latest_invoice));
  const customer = await getStandIn('customer', String(record.object.customer));
  if (!invoice || invoice.object.status !== 'open' || !customer) throw new AppError('conflict', 'There is no unpaid invoice to retry.');
  const previous = { status: record.object.status } as { [key: string]: Json };
  const now = unixNow();
  if (customer.internal.card === 'ok') {
    Object.assign(invoice.object, {
      status: 'paid', amount_paid: invoice.object.amount_due, amount_remaining: 0, next_payment_attempt: null, attempt_count: Number(invoice.object.attempt_count) + 1,
      status_transitions: { ...(invoice.object.status_transitions as object), paid_at: now },
    });
    record.object.status = 'active';
  } else {
    const attempts = Number(invoice.object.attempt_count) + 1;
    const gaveUp = attempts >= MAX_PAYMENT_ATTEMPTS;
    Object.assign(invoice.object, { attempt_count: attempts, next_payment_attempt: gaveUp ? null : now + 3 * 86_400 });
    record.object.status = gaveUp ? 'unpaid' : 'past_due';
  }
  await putStandIn('invoice', invoice);
  await putStandIn('subscription', record);
  const paid = (invoice.object.status as string) === 'paid';
  await emitStandInEvent(paid ? 'invoice.paid' : 'invoice.payment_failed', invoice.object);
  if (record.object.status !== previous.status) await emitStandInEvent('customer.subscription.updated', record.object, previous);
  return { outcome: paid ? 'recovered' : record.object.status === 'unpaid' ? 'unpaid' : 'payment_failed' };
}
