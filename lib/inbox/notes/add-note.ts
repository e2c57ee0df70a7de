import { db } from '../../db';
import { recordInboxEvent } from '../../realtime/record-inbox-event';
import { assertCan } from '../../team/assert-permission';
import type { WorkspaceContext } from '../../workspaces/context';
import { queueMentionAlerts } from '../../notifications/queue-mention-alerts';
import { getConversationOrThrow } from '../get-conversation-or-throw';
import { resolveMentions } from './resolve-mentions';

/**
 * Adds an internal note. Mentions are resolved against this workspace's member list, so an id
 * from another workspace can never be stored or notified. The note counts as operator activity.
 */
export async function addNote(options: { ctx: WorkspaceContext; conversationId: string; body: string; mentionedIds?: string[] }): Promise<{ id: string; mentionedIds: string[] }> {
  const { ctx, conversationId, body } = options;
  assertCan(ctx, 'inbox.use');
  await getConversationOrThrow({ ctx, id: conversationId });
  const members = await ctx.db.membership.findMany({ select: { user: { select: { id: true, name: true } } } });
  const mentionedIds = resolveMentions(body, members.map((m) => ({ userId: m.user.id, name: m.user.name })), options.mentionedIds ?? []);
  const workspaceId = ctx.workspace.id;
  const note = await db.$transaction(async (tx) => {
    const created = await tx.conversationNote.create({ data: { workspaceId, conversationId, authorId: ctx.user.id, body, mentionedIds }, select: { id: true } });
    await tx.conversation.updateMany({ where: { id: conversationId, workspaceId }, data: { lastOperatorActivityAt: new Date() } });
    await queueMentionAlerts({ workspaceId, conversationId, noteId: created.id, authorId: ctx.user.id, authorName: ctx.user.name, mentionedIds, body }, tx);
    return created;
  });
  // mentionedIds lets a mentioned member's open tab raise a desktop notification.
  await recordInboxEvent({ workspaceId, conversationId, type: 'note.created', payload: { noteId: note.id, authorId: ctx.user.id, authorName: ctx.user.name, mentionedIds, preview: body } });
  return { id: note.id, mentionedIds };
}
