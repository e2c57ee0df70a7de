// Hand back: the AI mode the conversation had before the takeover returns (AI draft when it
// was never taken over). Clears the takeover and the needs-human flag: a human has seen it.
import { db } from '../db';
import type { ConversationHandling } from '../generated/prisma/enums';
import { AppError } from '../errors';
import { recordInboxEvent } from '../realtime/record-inbox-event';
import type { WorkspaceContext } from '../workspaces/context';

export async function handBackConversation(options: { ctx: Pick<WorkspaceContext, 'db' | 'can' | 'workspace'>; conversationId: string }): Promise<{ changed: boolean }> {
  const { ctx, conversationId } = options;
  if (!ctx.can('inbox.use')) throw new AppError('forbidden', 'Your role does not allow this.');
  const current = await ctx.db.conversation.findFirst({ where: { id: conversationId }, select: { handling: true, takenOverAt: true, handlingBeforeTakeover: true } });
  if (!current) throw new AppError('not_found', 'This conversation does not exist in this workspace.');
  if (current.handling !== 'human') return { changed: false };
  const changed = await handBackIfUnchanged({ workspaceId: ctx.workspace.id, conversationId, expectedTakenOverAt: current.takenOverAt, restore: current.handlingBeforeTakeover });
  return { changed };
}

/**
 * The guarded write shared with the automatic hand-back job: only a conversation that is still
 * human-handled by the same takeover changes (a re-take-over in between wins).
 */
export async function handBackIfUnchanged(options: { workspaceId: string; conversationId: string; expectedTakenOverAt: Date | null; restore: ConversationHandling | null; reason?: 'auto'; idleSince?: Date }): Promise<boolean> {
  const { count } = await db.conversation.updateMany({
    where: { id: options.conversationId, workspaceId: options.workspaceId, handling: 'human', takenOverAt: options.expectedTakenOverAt,
      // The automatic hand-back must not win against an operator who replied a moment ago.
      ...(options.idleSince ? { OR: [{ lastOperatorActivityAt: null }, { lastOperatorActivityAt: { lt: options.idleSince } }] } : {}) },
    data: { handling: options.restore && options.restore !== 'human' ? options.restore : 'ai_draft', takenOverById: null, takenOverAt: null, handlingBeforeTakeover: null, needsHuman: false },
  });
  if (count === 0) return false;
  await recordInboxEvent({
    workspaceId: options.workspaceId, conversationId: options.conversationId, type: 'conversation.updated',
    payload: { changes: ['handling', 'needsHuman'], ...(options.reason ? { reason: options.reason } : {}) },
  });
  return true;
}
