// /v1/invoices and /v1/prices (read only).
import { findStandInPrice, standInPrices } from '../standin-catalogue';
import { list, priceObject } from '../standin-objects';
import { noSuch } from '../standin-errors';
import { getStandIn, listStandIn } from '../standin-store';
import { str, type StandInRequest, type StandInResult } from './standin-request';

export async function handleInvoices(req: StandInRequest): Promise<StandInResult | null> {
  if (req.method !== 'GET') return null;
  const [, id] = req.path;
  if (id) {
    const record = await getStandIn('invoice', id);
    if (!record) throw noSuch('invoice', id);
    return { body: record.object };
  }
  const customer = str(req.params, 'customer');
  const subscription = str(req.params, 'subscription');
  const limit = Math.min(Math.max(Number(str(req.params, 'limit') ?? 10) || 10, 1), 100);
  const matching = (await listStandIn('invoice', 1000))
    .map((r) => r.object)
    .filter((i) => (!customer || i.customer === customer) && (!subscription || (i.parent as { subscription_details?: { subscription?: string } }).subscription_details?.subscription === subscription))
    .sort((a, b) => Number(b.created) - Number(a.created) || String(b.number).localeCompare(String(a.number)));
  return { body: list(matching.slice(0, limit), '/v1/invoices', matching.length > limit) };
}

export async function handlePrices(req: StandInRequest): Promise<StandInResult | null> {
  if (req.method !== 'GET') return null;
  const [, id] = req.path;
  if (!id) return { body: list(standInPrices().map(priceObject), '/v1/prices') };
  const price = findStandInPrice(id);
  if (!price) throw noSuch('price', id);
  return { body: priceObject(price) };
}
