// After an operator's reply is queued: the replier owns the conversation from now on. Self-assign
// when unassigned, clear "needs human", and take over from the AI (so it stops answering while a
// person is talking), remembering the previous handling so "hand back" can restore it.
import type { ConversationHandling } from '../generated/prisma/enums';
import { AppError } from '../errors';
import { recordInboxEvent } from '../realtime/record-inbox-event';
import type { WorkspaceContext } from '../workspaces/context';

export async function markOperatorReply(options: { ctx: Pick<WorkspaceContext, 'db' | 'workspace'>; conversationId: string; userId: string; now?: Date }): Promise<{ changes: string[] }> {
  const { ctx, conversationId, userId } = options;
  const now = options.now ?? new Date();
  // One guarded updateMany per attempt: if someone assigned or took over in between, re-read and
  // decide again instead of overwriting their change.
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = await ctx.db.conversation.findFirst({ where: { id: conversationId }, select: { assigneeId: true, handling: true, needsHuman: true } });
    if (!current) throw new AppError('not_found', 'This conversation does not exist in this workspace.');
    const changes: string[] = [];
    const data: {
      lastOperatorActivityAt: Date; assigneeId?: string; needsHuman?: boolean;
      handling?: ConversationHandling; takenOverById?: string; takenOverAt?: Date; handlingBeforeTakeover?: ConversationHandling;
    } = { lastOperatorActivityAt: now };
    if (!current.assigneeId) { data.assigneeId = userId; changes.push('assignee'); }
    if (current.needsHuman) { data.needsHuman = false; changes.push('needsHuman'); }
    if (current.handling !== 'human') {
      Object.assign(data, { handling: 'human', takenOverById: userId, takenOverAt: now, handlingBeforeTakeover: current.handling });
      changes.push('handling');
    }
    const { count } = await ctx.db.conversation.updateMany({
      where: { id: conversationId, assigneeId: current.assigneeId, handling: current.handling, needsHuman: current.needsHuman },
      data,
    });
    if (count === 0) continue;
    if (changes.length) await recordInboxEvent({ workspaceId: ctx.workspace.id, conversationId, type: 'conversation.updated', payload: { changes } });
    return { changes };
  }
  throw new AppError('conflict', 'This conversation changed while your reply was being sent. Reload it to see the latest state.');
}
