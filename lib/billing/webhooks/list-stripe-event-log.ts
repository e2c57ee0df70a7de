// The platform admin's view of Stripe events (/platform/billing): the ones needing a look —
// unmatched (unknown customer or price) and failed — and the latest deliveries. Never bodies.
import { db } from '../../db';

const select = { id: true, type: true, status: true, attempts: true, workspaceId: true, error: true, createdAt: true, receivedAt: true, processedAt: true, livemode: true } as const;

export async function listStripeEventLog() {
  const [problems, recent] = await Promise.all([
    db.stripeEvent.findMany({ where: { status: { in: ['unmatched', 'failed'] } }, orderBy: { receivedAt: 'desc' }, take: 100, select }),
    db.stripeEvent.findMany({ orderBy: { receivedAt: 'desc' }, take: 50, select }),
  ]);
  return { problems, recent };
}
