// "Pay" on the stand-in's hosted checkout page: what Stripe does when a subscription-mode
// Checkout Session succeeds — customer details and tax id saved, subscription started, first
// invoice paid (less a promotion code), then checkout.session.completed,
// customer.subscription.created and invoice.paid.
import { AppError } from '../errors';
import type { CardBehaviour } from './standin-cards';
import { findStandInPrice, standInPromotionCodes } from './standin-catalogue';
import { emitStandInEvent } from './standin-events';
import { standInId } from './standin-ids';
import { createStandInInvoice } from './standin-invoices';
import { subscriptionObject } from './standin-objects';
import { getStandIn, putStandIn, type Json } from './standin-store';

export type CompleteCheckoutInput = { checkoutSessionId: string; card: CardBehaviour; promotionCode?: string; taxId?: string; name?: string };

export async function completeStandInCheckout(input: CompleteCheckoutInput): Promise<{ redirectTo: string }> {
  const session = await getStandIn('session', input.checkoutSessionId);
  if (!session) throw new AppError('not_found', 'This checkout session does not exist.');
  if (session.object.status !== 'open') throw new AppError('conflict', `This checkout session is ${session.object.status} already.`);
  if (input.card === 'declined') throw new AppError('bad_request', 'Your card was declined. Try another card.');
  const price = findStandInPrice(session.internal.priceId);
  if (!price) throw new AppError('conflict', 'The price of this session no longer exists.');
  const customerId = session.object.customer as string;
  const customer = await getStandIn('customer', customerId);
  if (!customer) throw new AppError('not_found', 'The customer of this session no longer exists.');

  const code = input.promotionCode?.trim().toUpperCase();
  const promotion = code ? standInPromotionCodes[code] : undefined;
  if (code && !session.object.allow_promotion_codes) throw new AppError('bad_request', 'This checkout does not accept promotion codes.');
  if (code && !promotion) throw new AppError('bad_request', `The promotion code ${code} is not valid.`);
  const taxId = input.taxId?.trim().toUpperCase();
  if (taxId && !/^[A-Z]{2}[0-9A-Z]{2,13}$/.test(taxId)) throw new AppError('bad_request', 'Enter a VAT number such as DE123456789.');

  const paymentMethod = standInId('pm');
  customer.internal.card = input.card;
  customer.object.invoice_settings = { ...(customer.object.invoice_settings as object), default_payment_method: paymentMethod } as Json;
  if (input.name?.trim()) customer.object.name = input.name.trim();
  await putStandIn('customer', customer);

  const subscription = subscriptionObject({ customer: customerId, price, metadata: session.internal.subscriptionMetadata, paymentMethod });
  if (promotion) subscription.discounts = [`di_${promotion.id}`];
  const item = (subscription.items as { data: { current_period_start: number; current_period_end: number }[] }).data[0]!;
  const amount = Math.round(price.unitAmount * (1 - (promotion?.percentOff ?? 0) / 100));
  const invoice = await createStandInInvoice({ customer: customer.object, subscriptionId: subscription.id, price, amount, reason: 'subscription_create', periodStart: item.current_period_start, periodEnd: item.current_period_end, paid: true });
  subscription.latest_invoice = invoice.id;
  await putStandIn('subscription', { object: subscription, internal: { scheduledPriceId: null, promotion: promotion && code ? { code, percentOff: promotion.percentOff } : null } });

  Object.assign(session.object, {
    status: 'complete', payment_status: 'paid', subscription: subscription.id, invoice: invoice.id, amount_total: amount,
    total_details: { amount_discount: price.unitAmount - amount, amount_shipping: 0, amount_tax: 0 },
    customer_details: { address: null, email: customer.object.email, name: customer.object.name, phone: null, tax_exempt: 'none', tax_ids: taxId ? [{ type: 'eu_vat', value: taxId }] : [] },
  });
  await putStandIn('session', session);

  await emitStandInEvent('checkout.session.completed', session.object);
  await emitStandInEvent('customer.subscription.created', subscription);
  await emitStandInEvent('invoice.paid', invoice);
  return { redirectTo: String(session.object.success_url).replace('{CHECKOUT_SESSION_ID}', session.object.id) };
}

