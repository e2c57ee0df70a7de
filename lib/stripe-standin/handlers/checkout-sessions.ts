// /v1/checkout/sessions — subscription mode, the only one Relaydesk uses.
import { env } from '../../env';
import { findStandInPrice } from '../standin-catalogue';
import { customerObject } from '../standin-objects';
import { invalidParam, noSuch, StandInError } from '../standin-errors';
import { standInId, unixNow } from '../standin-ids';
import { getStandIn, putStandIn } from '../standin-store';
import { bool, metadataOf, obj, requiredStr, str, type StandInRequest, type StandInResult } from './standin-request';

function checkUrl(value: string, param: string): string {
  if (!URL.canParse(value.replace('{CHECKOUT_SESSION_ID}', 'x'))) throw invalidParam(param, `Not a valid URL: ${param}`);
  return value;
}

export async function handleCheckoutSessions(req: StandInRequest): Promise<StandInResult | null> {
  const [, , id] = req.path;
  if (id) {
    if (req.method !== 'GET') return null;
    const record = await getStandIn('session', id);
    if (!record) throw noSuch('checkout.session', id);
    return { body: record.object };
  }
  if (req.method !== 'POST') return null;
  const p = req.params;
  if (requiredStr(p, 'mode') !== 'subscription') throw new StandInError(400, 'invalid_request_error', 'The Stripe stand-in supports Checkout in subscription mode only.', 'parameter_invalid_string', 'mode');
  const items = Array.isArray(p.line_items) ? p.line_items : [];
  if (items.length !== 1 || typeof items[0] !== 'object' || Array.isArray(items[0])) throw invalidParam('line_items', 'Pass exactly one line item with a recurring price.');
  const priceId = requiredStr(items[0], 'price');
  if (!findStandInPrice(priceId)) throw noSuch('price', priceId, 'line_items[0][price]');
  const successUrl = checkUrl(requiredStr(p, 'success_url'), 'success_url');
  const cancelUrl = checkUrl(requiredStr(p, 'cancel_url'), 'cancel_url');
  let customerId = str(p, 'customer');
  if (customerId) {
    if (!(await getStandIn('customer', customerId))) throw noSuch('customer', customerId, 'customer');
  } else {
    const customer = customerObject({ name: null, email: str(p, 'customer_email') ?? null, metadata: {} });
    await putStandIn('customer', { object: customer, internal: { card: null } });
    customerId = customer.id;
  }
  const sessionId = standInId('cs_test');
  const now = unixNow();
  const taxIdCollection = obj(p, 'tax_id_collection');
  const session = {
    id: sessionId, object: 'checkout.session', allow_promotion_codes: bool(p.allow_promotion_codes), amount_subtotal: findStandInPrice(priceId)!.unitAmount,
    amount_total: findStandInPrice(priceId)!.unitAmount, billing_address_collection: str(p, 'billing_address_collection') ?? null, cancel_url: cancelUrl,
    client_reference_id: str(p, 'client_reference_id') ?? null, created: now, currency: 'eur', customer: customerId, customer_creation: null,
    customer_details: null, customer_email: str(p, 'customer_email') ?? null, customer_update: obj(p, 'customer_update'), expires_at: now + 86_400, invoice: null,
    livemode: false, locale: str(p, 'locale') ?? null, metadata: metadataOf(p.metadata), mode: 'subscription', payment_status: 'unpaid', status: 'open',
    subscription: null, success_url: successUrl,
    tax_id_collection: { enabled: bool(taxIdCollection.enabled), required: 'never' },
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: 'hosted', url: `${env().APP_URL.replace(/\/$/, '')}/dev/stripe/checkout/${sessionId}`,
  };
  const subscriptionData = obj(p, 'subscription_data');
  await putStandIn('session', { object: session, internal: { priceId, subscriptionMetadata: metadataOf(subscriptionData.metadata) } });
  return { body: session };
}
