// Inserts a verified Stripe event under its id (the primary key): a redelivery finds the row.
// Platform-level data, so `db` (the workspace is only known after processing matched it).
import { db } from '../../db';

export async function storeStripeEvent(input: { id: string; type: string; livemode: boolean; createdAt: Date; rawBody: string }): Promise<{ inserted: boolean; needsProcessing: boolean }> {
  const created = await db.stripeEvent.createMany({ data: [input], skipDuplicates: true });
  if (created.count === 1) return { inserted: true, needsProcessing: true };
  const existing = await db.stripeEvent.findUnique({ where: { id: input.id }, select: { status: true } });
  // Still waiting (e.g. queueing failed the first time): queue it again; the job key dedupes.
  return { inserted: false, needsProcessing: existing?.status === 'received' };
}
