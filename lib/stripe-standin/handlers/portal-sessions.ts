// /v1/billing_portal/sessions
import { env } from '../../env';
import { noSuch } from '../standin-errors';
import { standInId, unixNow } from '../standin-ids';
import { getStandIn, putStandIn } from '../standin-store';
import { requiredStr, str, type StandInRequest, type StandInResult } from './standin-request';

export async function handlePortalSessions(req: StandInRequest): Promise<StandInResult | null> {
  if (req.method !== 'POST' || req.path.length !== 2) return null;
  const customer = requiredStr(req.params, 'customer');
  if (!(await getStandIn('customer', customer))) throw noSuch('customer', customer, 'customer');
  const id = standInId('bps');
  const session = {
    id, object: 'billing_portal.session', configuration: 'bpc_standin_default', created: unixNow(), customer, customer_account: null, flow: null, livemode: false,
    locale: null, on_behalf_of: null, return_url: str(req.params, 'return_url') ?? null, url: `${env().APP_URL.replace(/\/$/, '')}/dev/stripe/portal/${id}`,
  };
  await putStandIn('portal', { object: session, internal: {} });
  return { body: session };
}
