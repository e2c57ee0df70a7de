// Two operators replying at once: the composer sends the id of the newest message its operator
// saw; another operator's reply queued after that one is a conflict the operator must review.
import type { WorkspaceContext } from '../workspaces/context';

export type NewerReply = { messageId: string; authorName: string; queuedAt: Date };

export async function findNewerOperatorReply(options: {
  ctx: Pick<WorkspaceContext, 'db'>; conversationId: string; userId: string; lastSeenMessageId: string | null;
}): Promise<NewerReply | null> {
  const { ctx, conversationId } = options;
  const seen = options.lastSeenMessageId
    ? await ctx.db.message.findFirst({ where: { id: options.lastSeenMessageId, conversationId }, select: { createdAt: true } })
    : null;
  const newer = await ctx.db.message.findFirst({
    where: {
      conversationId, direction: 'outbound', sender: 'operator',
      OR: [{ authorUserId: null }, { authorUserId: { not: options.userId } }],
      ...(seen ? { createdAt: { gt: seen.createdAt } } : {}),
    },
    orderBy: { createdAt: 'desc' },
    select: { id: true, createdAt: true, authorUserId: true },
  });
  // No "seen" message (an empty thread, or a stale id): any other operator's reply is news.
  if (!newer) return null;
  const author = newer.authorUserId ? await ctx.db.membership.findFirst({ where: { userId: newer.authorUserId }, select: { user: { select: { name: true } } } }) : null;
  return { messageId: newer.id, authorName: author?.user.name ?? 'Another operator', queuedAt: newer.createdAt };
}

/** "10 seconds ago", "3 minutes ago": for the conflict message. */
export function relativeAgo(from: Date, now: Date): string {
  const seconds = Math.max(0, Math.round((now.getTime() - from.getTime()) / 1000));
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'} ago`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  return `${hours} hour${hours === 1 ? '' : 's'} ago`;
}
