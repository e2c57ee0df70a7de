// Invoices of the stand-in: created paid or open (a failed card), numbered per account.
import { listSimRecords } from '../meta-simulator/simulator-store';
import type { StandInPrice } from './standin-catalogue';
import { invoiceObject } from './standin-objects';
import { putStandIn, type StripeObject } from './standin-store';

export async function createStandInInvoice(input: {
  customer: StripeObject; subscriptionId: string; price: StandInPrice; amount: number; reason: string; periodStart: number; periodEnd: number; paid: boolean;
}): Promise<StripeObject> {
  const number = (await listSimRecords('stripe_invoice', { take: 10_000 })).length + 1;
  const invoice = invoiceObject({ ...input, number });
  await putStandIn('invoice', { object: invoice, internal: {} });
  return invoice;
}

/** The subscription's current price and period, read from its (single) item. */
export function itemOf(subscription: StripeObject) {
  const item = (subscription.items as { data: { price: { id: string }; current_period_start: number; current_period_end: number }[] }).data[0]!;
  return { priceId: item.price.id, start: item.current_period_start, end: item.current_period_end };
}
