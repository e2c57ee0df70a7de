import { AppError } from '../../errors';
import { recordInboxEvent } from '../../realtime/record-inbox-event';
import { assertCan } from '../../team/assert-permission';
import type { WorkspaceContext } from '../../workspaces/context';

/** Authors delete their own notes; owners and admins may delete any. */
export async function deleteNote(options: { ctx: WorkspaceContext; noteId: string }): Promise<void> {
  const { ctx, noteId } = options;
  assertCan(ctx, 'inbox.use');
  const note = await ctx.db.conversationNote.findFirst({ where: { id: noteId }, select: { id: true, authorId: true, conversationId: true } });
  if (!note) throw new AppError('not_found', 'Note not found.');
  if (note.authorId !== ctx.user.id && !canDeleteAnyNote(ctx)) throw new AppError('forbidden', 'You can only delete your own notes.');
  await ctx.db.conversationNote.deleteMany({ where: { id: noteId } });
  // Unsent alerts about a deleted note would link to nothing.
  await ctx.db.notificationOutbox.deleteMany({ where: { noteId, sentAt: null } });
  await recordInboxEvent({ workspaceId: ctx.workspace.id, conversationId: note.conversationId, type: 'conversation.updated', payload: { changes: ['notes'] } });
}

export function canDeleteAnyNote(ctx: Pick<WorkspaceContext, 'role'>): boolean {
  return ctx.role === 'owner' || ctx.role === 'admin';
}
