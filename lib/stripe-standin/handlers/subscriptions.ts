// /v1/subscriptions — read, update (cancel_at_period_end, price), cancel.
import { isAppError } from '../../errors';
import { cancelStandInSubscriptionNow, changeStandInPrice, setStandInCancelAtPeriodEnd } from '../change-standin-subscription';
import { list } from '../standin-objects';
import { noSuch, StandInError } from '../standin-errors';
import { getStandIn, listStandIn } from '../standin-store';
import { str, type StandInRequest, type StandInResult } from './standin-request';

export async function handleSubscriptions(req: StandInRequest): Promise<StandInResult | null> {
  const [, id] = req.path;
  if (!id) {
    if (req.method !== 'GET') return null;
    const customer = str(req.params, 'customer');
    const all = (await listStandIn('subscription')).map((r) => r.object).filter((s) => !customer || s.customer === customer);
    return { body: list(all, '/v1/subscriptions') };
  }
  const record = await getStandIn('subscription', id);
  if (!record) throw noSuch('subscription', id);
  try {
    if (req.method === 'GET') return { body: record.object };
    if (req.method === 'DELETE') return { body: (await cancelStandInSubscriptionNow({ subscriptionId: id })).object };
    if (req.method === 'POST') {
      const cancel = req.params.cancel_at_period_end;
      if (cancel === 'true' || cancel === 'false') await setStandInCancelAtPeriodEnd({ subscriptionId: id, cancel: cancel === 'true' });
      const items = Array.isArray(req.params.items) ? req.params.items : [];
      const price = items[0] && typeof items[0] === 'object' && !Array.isArray(items[0]) ? str(items[0], 'price') : undefined;
      if (price) await changeStandInPrice({ subscriptionId: id, priceId: price });
      return { body: (await getStandIn('subscription', id))!.object };
    }
  } catch (error) {
    // Stripe answers changes to a canceled subscription with a 400 invalid_request_error.
    if (isAppError(error)) throw new StandInError(error.code === 'not_found' ? 404 : 400, 'invalid_request_error', error.message);
    throw error;
  }
  return null;
}
