// What the stand-in's Customer Portal page shows for one portal session: the customer, their
// subscriptions, invoices and the prices they may switch to.
import { AppError } from '../errors';
import { findStandInPrice, standInPrices } from './standin-catalogue';
import { itemOf } from './standin-invoices';
import { getStandIn, listStandIn, type StripeObject } from './standin-store';

export async function getStandInPortal(portalSessionId: string) {
  const session = await getStandIn('portal', portalSessionId);
  if (!session) throw new AppError('not_found', 'This portal session does not exist.');
  const customerId = String(session.object.customer);
  const customer = await getStandIn('customer', customerId);
  if (!customer) throw new AppError('not_found', 'The customer of this portal session no longer exists.');
  const subscriptions = (await listStandIn('subscription')).filter((s) => s.object.customer === customerId);
  const invoices = (await listStandIn('invoice', 1000)).map((r) => r.object).filter((i) => i.customer === customerId).sort((a, b) => Number(b.created) - Number(a.created));
  return {
    session: session.object,
    customer: customer.object,
    card: customer.internal.card,
    subscriptions: subscriptions.map((s) => ({
      object: s.object,
      ...itemOf(s.object),
      price: findStandInPrice(itemOf(s.object).priceId) ?? null,
      scheduled: s.internal.scheduledPriceId ? findStandInPrice(s.internal.scheduledPriceId) ?? null : null,
    })),
    invoices: invoices as StripeObject[],
    prices: standInPrices().filter((p) => p.plan !== null),
  };
}

/** The portal session's customer must own the subscription an action names. */
export async function liveSubscriptionOfPortal(portalSessionId: string): Promise<string> {
  const portal = await getStandInPortal(portalSessionId);
  const live = portal.subscriptions.find((s) => !['canceled', 'incomplete_expired'].includes(String(s.object.status)));
  if (!live) throw new AppError('conflict', 'There is no active subscription to change.');
  return live.object.id;
}
