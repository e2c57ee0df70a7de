// Changes to a stand-in subscription, as the Customer Portal (or the API) makes them, with the
// policy the pricing page promises: upgrades and billing-period switches apply at once with a
// prorated invoice; downgrades wait for the end of the paid period; cancelling ends the
// subscription at the period end (resumable until then); "cancel now" ends it immediately.
import { AppError } from '../errors';
import { findStandInPrice, monthlyAmount, type StandInPrice } from './standin-catalogue';
import { emitStandInEvent } from './standin-events';
import { unixNow } from './standin-ids';
import { createStandInInvoice, itemOf } from './standin-invoices';
import { periodEnd, priceObject } from './standin-objects';
import { getStandIn, putStandIn, type Json, type SubscriptionRecord } from './standin-store';

const ENDED = new Set(['canceled', 'incomplete_expired']);

export async function loadLiveStandInSubscription(id: string): Promise<SubscriptionRecord> {
  const record = await getStandIn('subscription', id);
  if (!record) throw new AppError('not_found', `No such subscription: '${id}'`);
  if (ENDED.has(String(record.object.status))) throw new AppError('conflict', 'This subscription has ended; start a new one through checkout.');
  return record;
}

function setItemPrice(record: SubscriptionRecord, price: StandInPrice, period?: { start: number; end: number }) {
  const items = record.object.items as { data: Record<string, Json>[] };
  const item = items.data[0]!;
  item.price = priceObject(price);
  if (period) Object.assign(item, { current_period_start: period.start, current_period_end: period.end });
}

/** Switches the plan/period; returns when it takes effect. */
export async function changeStandInPrice(input: { subscriptionId: string; priceId: string }): Promise<{ effective: 'now' | 'period_end' | 'unchanged' }> {
  const record = await loadLiveStandInSubscription(input.subscriptionId);
  const next = findStandInPrice(input.priceId);
  if (!next) throw new AppError('bad_request', `No such price: '${input.priceId}'`);
  const current = itemOf(record.object);
  const currentPrice = findStandInPrice(current.priceId);
  if (current.priceId === next.id) {
    if (!record.internal.scheduledPriceId) return { effective: 'unchanged' };
    record.internal.scheduledPriceId = null; // keeping the current plan cancels a scheduled downgrade
    await putStandIn('subscription', record);
    return { effective: 'unchanged' };
  }
  const downgrade = currentPrice && currentPrice.period === next.period && monthlyAmount(next) < monthlyAmount(currentPrice);
  if (downgrade) {
    record.internal.scheduledPriceId = next.id;
    await putStandIn('subscription', record);
    return { effective: 'period_end' };
  }
  // Upgrade or period switch: a new period starts now, charged pro rata for the unused old one.
  const now = unixNow();
  const customer = await getStandIn('customer', String(record.object.customer));
  const unusedShare = currentPrice ? Math.max(0, (current.end - now) / Math.max(1, current.end - current.start)) : 0;
  const credit = currentPrice ? Math.round(currentPrice.unitAmount * unusedShare) : 0;
  const end = periodEnd(now, next.period);
  const paid = customer?.internal.card !== 'fails_later';
  const previous = { items: record.object.items, status: record.object.status };
  setItemPrice(record, next, { start: now, end });
  record.internal.scheduledPriceId = null;
  const invoice = await createStandInInvoice({
    customer: customer!.object, subscriptionId: record.object.id, price: next, amount: Math.max(0, next.unitAmount - credit), reason: 'subscription_update', periodStart: now, periodEnd: end, paid,
  });
  record.object.latest_invoice = invoice.id;
  if (!paid) record.object.status = 'past_due';
  await putStandIn('subscription', record);
  await emitStandInEvent('customer.subscription.updated', record.object, previous as { [key: string]: Json });
  await emitStandInEvent(paid ? 'invoice.paid' : 'invoice.payment_failed', invoice);
  return { effective: 'now' };
}

export async function setStandInCancelAtPeriodEnd(input: { subscriptionId: string; cancel: boolean }): Promise<void> {
  const record = await loadLiveStandInSubscription(input.subscriptionId);
  if (Boolean(record.object.cancel_at_period_end) === input.cancel) return;
  const previous = { cancel_at_period_end: record.object.cancel_at_period_end ?? false, cancel_at: record.object.cancel_at ?? null, canceled_at: record.object.canceled_at ?? null };
  const { end } = itemOf(record.object);
  Object.assign(record.object, {
    cancel_at_period_end: input.cancel,
    cancel_at: input.cancel ? end : null,
    canceled_at: input.cancel ? unixNow() : null,
    cancellation_details: { comment: null, feedback: null, reason: input.cancel ? 'cancellation_requested' : null },
  });
  await putStandIn('subscription', record);
  await emitStandInEvent('customer.subscription.updated', record.object, previous);
}

/** Ends the subscription now (no refund, as the Terms say), then customer.subscription.deleted. */
export async function cancelStandInSubscriptionNow(input: { subscriptionId: string }): Promise<SubscriptionRecord> {
  const record = await loadLiveStandInSubscription(input.subscriptionId);
  const now = unixNow();
  Object.assign(record.object, {
    status: 'canceled', ended_at: now, canceled_at: record.object.canceled_at ?? now, cancel_at_period_end: false,
    cancellation_details: { comment: null, feedback: null, reason: 'cancellation_requested' },
  });
  record.internal.scheduledPriceId = null;
  await putStandIn('subscription', record);
  await emitStandInEvent('customer.subscription.deleted', record.object);
  return record;
}
