// Builders for the Stripe objects the stand-in serves, in the shapes of the API version the SDK
// pins (2026-11-18: billing periods live on subscription items; an invoice names its subscription
// under parent.subscription_details). Fields the app never reads still appear with Stripe's
// defaults, so code written against the stand-in meets the same shapes in production.
import { env } from '../env';
import type { StandInPrice } from './standin-catalogue';
import { standInId, unixNow } from './standin-ids';
import type { Json, StripeObject } from './standin-store';

export const STANDIN_API_VERSION = '2026-11-18.endive';

const DAY = 86_400;

export function list(data: StripeObject[], url: string, hasMore = false) {
  return { object: 'list', data, has_more: hasMore, url };
}

export function priceObject(price: StandInPrice): StripeObject {
  return {
    id: price.id, object: 'price', active: true, billing_scheme: 'per_unit', created: 1_767_225_600, currency: 'eur', custom_unit_amount: null,
    livemode: false, lookup_key: null, metadata: {}, nickname: `${price.name} ${price.period}`,
    product: price.plan ? `prod_standin_${price.plan}` : 'prod_standin_legacy',
    recurring: { interval: price.period === 'yearly' ? 'year' : 'month', interval_count: 1, meter: null, trial_period_days: null, usage_type: 'licensed' },
    tax_behavior: 'exclusive', tiers_mode: null, transform_quantity: null, type: 'recurring', unit_amount: price.unitAmount, unit_amount_decimal: String(price.unitAmount),
  };
}

export function customerObject(input: { name: string | null; email: string | null; metadata: Record<string, string> }): StripeObject {
  const id = standInId('cus');
  return {
    id, object: 'customer', address: null, balance: 0, created: unixNow(), currency: null, default_source: null, delinquent: false, description: null,
    email: input.email, invoice_prefix: id.slice(4, 12).toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false, metadata: input.metadata, name: input.name, phone: null, preferred_locales: [], shipping: null, tax_exempt: 'none', test_clock: null,
  };
}

/** End of one billing period from `start` (unix seconds): a month or a year later. */
export function periodEnd(start: number, period: StandInPrice['period']): number {
  const date = new Date(start * 1000);
  if (period === 'yearly') date.setUTCFullYear(date.getUTCFullYear() + 1);
  else date.setUTCMonth(date.getUTCMonth() + 1);
  return Math.floor(date.getTime() / 1000);
}

export function subscriptionObject(input: { customer: string; price: StandInPrice; metadata: Record<string, string>; paymentMethod: string; start?: number }): StripeObject {
  const id = standInId('sub');
  const start = input.start ?? unixNow();
  return {
    id, object: 'subscription', application: null, application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: start, billing_cycle_anchor_config: null, billing_thresholds: null, cancel_at: null, cancel_at_period_end: false, canceled_at: null,
    cancellation_details: { comment: null, feedback: null, reason: null }, collection_method: 'charge_automatically', created: start, currency: 'eur',
    customer: input.customer, days_until_due: null, default_payment_method: input.paymentMethod, default_source: null, description: null, discounts: [], ended_at: null,
    invoice_settings: { account_tax_ids: null, issuer: { type: 'self' } },
    items: { object: 'list', data: [subscriptionItem(id, input.price, start)], has_more: false, total_count: 1, url: `/v1/subscription_items?subscription=${id}` },
    latest_invoice: null, livemode: false, metadata: input.metadata, next_pending_invoice_item_invoice: null, on_behalf_of: null, pause_collection: null,
    payment_settings: { payment_method_options: null, payment_method_types: null, save_default_payment_method: 'off' },
    pending_invoice_item_interval: null, pending_setup_intent: null, pending_update: null, schedule: null, start_date: start, status: 'active', test_clock: null,
    transfer_data: null, trial_end: null, trial_settings: { end_behavior: { missing_payment_method: 'create_invoice' } }, trial_start: null,
  };
}

export function subscriptionItem(subscriptionId: string, price: StandInPrice, start: number): { [key: string]: Json } {
  return {
    id: standInId('si'), object: 'subscription_item', billing_thresholds: null, created: start, current_period_end: periodEnd(start, price.period),
    current_period_start: start, discounts: [], metadata: {}, price: priceObject(price), quantity: 1, subscription: subscriptionId, tax_rates: [],
  };
}

export function invoiceObject(input: {
  customer: StripeObject; subscriptionId: string; price: StandInPrice; amount: number; reason: string; periodStart: number; periodEnd: number; paid: boolean; number: number;
}): StripeObject {
  const id = standInId('in');
  const now = unixNow();
  const base = env().APP_URL.replace(/\/$/, '');
  return {
    id, object: 'invoice', account_country: 'IE', account_name: 'Relaydesk (stand-in)', amount_due: input.amount, amount_overpaid: 0,
    amount_paid: input.paid ? input.amount : 0, amount_remaining: input.paid ? 0 : input.amount, amount_shipping: 0, attempt_count: 1, attempted: true,
    billing_reason: input.reason, collection_method: 'charge_automatically', created: now, currency: 'eur', customer: input.customer.id,
    customer_email: input.customer.email ?? null, customer_name: input.customer.name ?? null, default_payment_method: null, description: null, discounts: [],
    due_date: null, hosted_invoice_url: `${base}/dev/stripe/invoices/${id}`, invoice_pdf: `${base}/dev/stripe/invoices/${id}?format=pdf`,
    lines: {
      object: 'list', has_more: false, url: `/v1/invoices/${id}/lines`,
      data: [{ id: standInId('il'), object: 'line_item', amount: input.amount, currency: 'eur', description: `1 × Relaydesk ${input.price.name} (${input.price.period})`,
        period: { start: input.periodStart, end: input.periodEnd }, quantity: 1,
        pricing: { type: 'price_details', price_details: { price: input.price.id, product: input.price.plan ? `prod_standin_${input.price.plan}` : 'prod_standin_legacy' }, unit_amount_decimal: String(input.price.unitAmount) } }],
    },
    livemode: false, metadata: {}, next_payment_attempt: input.paid ? null : now + 3 * DAY, number: `STANDIN-${String(input.number).padStart(4, '0')}`,
    parent: { type: 'subscription_details', quote_details: null, subscription_details: { metadata: {}, subscription: input.subscriptionId } },
    period_end: input.periodEnd, period_start: input.periodStart, receipt_number: null, status: input.paid ? 'paid' : 'open',
    status_transitions: { finalized_at: now, marked_uncollectible_at: null, paid_at: input.paid ? now : null, voided_at: null },
    subtotal: input.amount, total: input.amount, total_excluding_tax: input.amount, webhooks_delivered_at: now,
  };
}

export function eventObject(type: string, object: StripeObject, previousAttributes?: { [key: string]: Json }): StripeObject {
  return {
    id: standInId('evt'), object: 'event', api_version: STANDIN_API_VERSION, created: unixNow(),
    data: { object, ...(previousAttributes ? { previous_attributes: previousAttributes } : {}) },
    livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, type,
  };
}
