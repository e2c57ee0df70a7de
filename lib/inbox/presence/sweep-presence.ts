import { db } from '../../db';

/** Deletes presence rows nobody has refreshed for a while (a closed laptop never sends "left"). */
export async function sweepPresence(options: { olderThanMs?: number; now?: Date } = {}): Promise<number> {
  const before = new Date((options.now ?? new Date()).getTime() - (options.olderThanMs ?? 10 * 60_000));
  const { count } = await db.conversationPresence.deleteMany({ where: { seenAt: { lt: before } } });
  return count;
}
