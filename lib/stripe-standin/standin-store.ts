// The stand-in's objects, kept as SimulatorRecord rows (dev tools only; no workspaceId): each row
// holds the Stripe-shaped `object` the API returns and the stand-in's own `internal` state.
import { getSimRecord, listSimRecords, putSimRecord } from '../meta-simulator/simulator-store';
import type { CardBehaviour } from './standin-cards';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type StripeObject = { id: string; object: string; [key: string]: Json };

export type CustomerRecord = { object: StripeObject; internal: { card: CardBehaviour | null } };
export type SessionRecord = { object: StripeObject; internal: { priceId: string; subscriptionMetadata: Record<string, string> } };
export type PortalSessionRecord = { object: StripeObject; internal: Record<string, never> };
export type SubscriptionRecord = { object: StripeObject; internal: { scheduledPriceId: string | null; promotion: { code: string; percentOff: number } | null } };
export type InvoiceRecord = { object: StripeObject; internal: Record<string, never> };

const kinds = {
  customer: 'stripe_customer',
  session: 'stripe_checkout_session',
  portal: 'stripe_portal_session',
  subscription: 'stripe_subscription',
  invoice: 'stripe_invoice',
} as const;

type Records = { customer: CustomerRecord; session: SessionRecord; portal: PortalSessionRecord; subscription: SubscriptionRecord; invoice: InvoiceRecord };

export async function getStandIn<K extends keyof Records>(kind: K, id: string): Promise<Records[K] | null> {
  return getSimRecord<Records[K]>(kinds[kind], id);
}

export async function putStandIn<K extends keyof Records>(kind: K, record: Records[K]): Promise<void> {
  await putSimRecord(kinds[kind], record.object.id, record);
}

export async function listStandIn<K extends keyof Records>(kind: K, take = 200): Promise<Records[K][]> {
  return (await listSimRecords<Records[K]>(kinds[kind], { take })).map((r) => r.data);
}
