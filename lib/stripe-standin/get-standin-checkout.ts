// What the stand-in's hosted checkout page shows for a session.
import { findStandInPrice, standInPromotionCodes } from './standin-catalogue';
import { getStandIn } from './standin-store';

export async function getStandInCheckout(sessionId: string) {
  const session = await getStandIn('session', sessionId);
  if (!session) return null;
  const customer = await getStandIn('customer', String(session.object.customer));
  return {
    session: session.object,
    price: findStandInPrice(session.internal.priceId) ?? null,
    customer: customer?.object ?? null,
    promotionCodes: Object.keys(standInPromotionCodes),
  };
}
