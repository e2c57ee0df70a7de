// The facts the messaging-window rules need beyond the conversation row, loaded the same way by
// the queue (through ctx.db) and by the send job (worker-side db), so both judge alike.
import type { Prisma } from '../generated/prisma/client';
import type { OutboundContent } from '../channels/channel-provider';
import type { SendMode } from '../meta/messaging-window';

/** What an outbound message keeps in `details` so the job can send it exactly as queued. */
export type OutboundDetails = { mode: SendMode; commentId?: string; content: OutboundContent };

/** The comment a comment-thread reply answers: the customer's latest comment in the thread. */
export const latestCommentQuery = (conversationId: string) =>
  ({
    where: { conversationId, direction: 'inbound', kind: 'comment', externalId: { not: null } },
    orderBy: { sentAt: 'desc' },
    select: { externalId: true, sentAt: true },
  }) satisfies Prisma.MessageFindFirstArgs;

/** Private replies already made (or on their way) to a comment: Instagram allows one (§c). */
export const privateRepliesQuery = (options: { channelId: string; commentId: string; excludeMessageId?: string; statuses: ('queued' | 'sent' | 'delivered' | 'read')[] }) =>
  ({
    where: {
      channelId: options.channelId,
      direction: 'outbound',
      status: { in: options.statuses },
      AND: [{ details: { path: ['mode'], equals: 'comment_private' } }, { details: { path: ['commentId'], equals: options.commentId } }],
      ...(options.excludeMessageId ? { id: { not: options.excludeMessageId } } : {}),
    },
  }) satisfies Prisma.MessageCountArgs;

export function parseOutboundDetails(details: unknown): OutboundDetails | null {
  const d = details as Partial<OutboundDetails> | null;
  if (!d || typeof d !== 'object' || !d.content || !d.mode) return null;
  return d as OutboundDetails;
}
