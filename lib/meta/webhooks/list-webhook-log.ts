import { db } from '../../db';

/**
 * The platform webhook log: recent deliveries and the events that never reached a workspace.
 * Unscoped on purpose — only platform admins (PLATFORM_ADMIN_EMAILS) see it; raw bodies and
 * payloads are left out because they carry customers' messages.
 */
export async function listWebhookLog(options: { limit?: number } = {}) {
  const take = options.limit ?? 50;
  const [deliveries, problemEvents] = await Promise.all([
    db.webhookDelivery.findMany({
      orderBy: { receivedAt: 'desc' },
      take,
      select: { id: true, object: true, status: true, error: true, receivedAt: true, _count: { select: { events: true } } },
    }),
    db.webhookEvent.findMany({
      where: { status: { in: ['unroutable', 'dead', 'malformed'] } },
      orderBy: { createdAt: 'desc' },
      take,
      select: { id: true, object: true, status: true, routingKey: true, lastError: true, createdAt: true, deliveryId: true },
    }),
  ]);
  return { deliveries: deliveries.map(({ _count, ...d }) => ({ ...d, eventCount: _count.events })), problemEvents };
}
