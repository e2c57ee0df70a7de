// Whether the signed-in user asked to delete their account, and what blocks it (Settings → Account
// and the banner in the app shell).
import { db } from '../db';
import { soleOwnedSharedWorkspaces } from '../erasure/erase-user-account';

export async function getAccountDeletion(options: { userId: string }) {
  const user = await db.user.findUnique({ where: { id: options.userId }, select: { deleteAfter: true } });
  return { deleteAfter: user?.deleteAfter ?? null, blockedBy: await soleOwnedSharedWorkspaces(options.userId) };
}
