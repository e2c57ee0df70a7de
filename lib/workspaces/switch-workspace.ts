import { db } from '../db';
import { AppError } from '../errors';

/** Points the session at another workspace the user belongs to; anything else is not found. */
export async function switchWorkspace(options: { sessionId: string; userId: string; workspaceId: string }): Promise<{ workspaceId: string }> {
  const membership = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: options.workspaceId, userId: options.userId } },
    select: { id: true },
  });
  if (!membership) throw new AppError('not_found', 'Workspace not found.');
  const { count } = await db.session.updateMany({
    where: { id: options.sessionId, userId: options.userId, revokedAt: null },
    data: { currentWorkspaceId: options.workspaceId },
  });
  if (count === 0) throw new AppError('unauthorized', 'Please log in again.');
  return { workspaceId: options.workspaceId };
}
