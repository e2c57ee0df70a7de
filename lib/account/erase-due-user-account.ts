// The erase-user-account job's work: erase an account whose grace period is over. Re-checks the
// schedule (a cancelled or postponed deletion does nothing) and the sole-owner rule (if the user
// became sole owner of a shared workspace meanwhile, the deletion waits and they are told).
import { db } from '../db';
import { eraseUserAccount, soleOwnedSharedWorkspaces } from '../erasure/erase-user-account';

export async function eraseDueUserAccount(options: { userId: string; now?: Date }): Promise<'erased' | 'not_due' | 'blocked'> {
  const now = options.now ?? new Date();
  // Unscoped on purpose: a worker acting on one account id our own code queued.
  const user = await db.user.findUnique({ where: { id: options.userId }, select: { deleteAfter: true } });
  if (!user?.deleteAfter || user.deleteAfter > now) return 'not_due';
  if ((await soleOwnedSharedWorkspaces(options.userId)).length > 0) return 'blocked';
  await eraseUserAccount({ userId: options.userId });
  return 'erased';
}
