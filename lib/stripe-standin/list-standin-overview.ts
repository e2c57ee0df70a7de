// The stand-in's control panel (/dev/stripe): every subscription with its customer and card, and
// the latest events with what the app answered to each delivery.
import { findStandInPrice } from './standin-catalogue';
import { listStandInEvents } from './standin-events';
import { itemOf } from './standin-invoices';
import { listStandIn } from './standin-store';

export async function listStandInOverview() {
  const [customers, subscriptions, events] = await Promise.all([listStandIn('customer'), listStandIn('subscription'), listStandInEvents(30)]);
  const byId = new Map(customers.map((c) => [c.object.id, c]));
  return {
    subscriptions: subscriptions.map((s) => {
      const customer = byId.get(String(s.object.customer));
      const item = itemOf(s.object);
      return {
        id: s.object.id, status: String(s.object.status), cancelAtPeriodEnd: Boolean(s.object.cancel_at_period_end), periodEnd: new Date(item.end * 1000),
        price: findStandInPrice(item.priceId) ?? null, priceId: item.priceId, scheduled: s.internal.scheduledPriceId,
        customer: { id: String(s.object.customer), name: (customer?.object.name as string | null) ?? null, email: (customer?.object.email as string | null) ?? null, card: customer?.internal.card ?? null },
        workspaceId: (s.object.metadata as Record<string, string>).workspaceId ?? null,
      };
    }),
    events: events.map((e) => ({ id: e.event.id, type: String(e.event.type), created: new Date(Number(e.event.created) * 1000), deliveries: e.deliveries })),
  };
}
