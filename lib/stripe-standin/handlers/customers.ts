// /v1/customers
import { customerObject } from '../standin-objects';
import { noSuch } from '../standin-errors';
import { getStandIn, putStandIn } from '../standin-store';
import { metadataOf, str, type StandInRequest, type StandInResult } from './standin-request';

export async function handleCustomers(req: StandInRequest): Promise<StandInResult | null> {
  const [, id] = req.path;
  if (!id && req.method === 'POST') {
    const customer = customerObject({ name: str(req.params, 'name') ?? null, email: str(req.params, 'email') ?? null, metadata: metadataOf(req.params.metadata) });
    await putStandIn('customer', { object: customer, internal: { card: null } });
    return { body: customer };
  }
  if (!id) return null;
  const record = await getStandIn('customer', id);
  if (!record) throw noSuch('customer', id);
  if (req.method === 'GET') return { body: record.object };
  if (req.method === 'POST') {
    const name = str(req.params, 'name');
    const email = str(req.params, 'email');
    if (name) record.object.name = name;
    if (email) record.object.email = email;
    if (req.params.metadata) record.object.metadata = { ...(record.object.metadata as Record<string, string>), ...metadataOf(req.params.metadata) };
    await putStandIn('customer', record);
    return { body: record.object };
  }
  return null;
}
