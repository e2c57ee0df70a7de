// Which of a page of conversations have an AI draft waiting for approval, for the list's
// "Draft waiting" marker. One indexed query per page (ReplyDraft(workspaceId, conversationId,
// status)); kept apart from listConversations so the list query stays as it is.
import type { WorkspaceContext } from '../workspaces/context';

export async function listPendingDraftConversationIds(options: { ctx: Pick<WorkspaceContext, 'db'>; conversationIds: string[] }): Promise<Set<string>> {
  if (options.conversationIds.length === 0) return new Set();
  const rows = await options.ctx.db.replyDraft.findMany({
    where: { conversationId: { in: options.conversationIds }, status: 'pending' },
    select: { conversationId: true },
    distinct: ['conversationId'],
  });
  return new Set(rows.map((row) => row.conversationId));
}
