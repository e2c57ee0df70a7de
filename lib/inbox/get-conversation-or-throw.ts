import { AppError } from '../errors';
import type { WorkspaceContext } from '../workspaces/context';

/** A conversation of the caller's workspace; another workspace's id is "not found", never "forbidden". */
export async function getConversationOrThrow(options: { ctx: Pick<WorkspaceContext, 'db'>; id: string }) {
  const conversation = await options.ctx.db.conversation.findFirst({
    where: { id: options.id },
    select: {
      id: true, workspaceId: true, kind: true, status: true, lastInboundAt: true, channelId: true,
      channel: { select: { id: true, type: true, status: true, statusReason: true, name: true } },
      contact: { select: { id: true, externalId: true, unreachable: true } },
    },
  });
  if (!conversation) throw new AppError('not_found', 'Conversation not found');
  return conversation;
}
