// One action on up to 100 selected conversations. Only ids of the caller's workspace are acted
// on; others are ignored (and counted), never reported as "not found" one by one, so the
// answer says nothing about which foreign ids exist.
import { AppError, isAppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import { recordInboxEvent } from '../realtime/record-inbox-event';
import type { WorkspaceContext } from '../workspaces/context';
import { assertMember, assignConversation } from './assign-conversation';
import { setConversationStatus } from './set-conversation-status';
import { BULK_MAX, type BulkAction } from './bulk-actions';


export type BulkUpdateResult = { requested: number; changed: number; unchanged: number; ignored: number };

export async function bulkUpdateConversations(options: {
  ctx: Pick<WorkspaceContext, 'db' | 'can' | 'workspace' | 'user'>;
  ids: string[];
  action: BulkAction;
  assigneeId?: string | null;
  snoozedUntil?: Date | null;
}): Promise<BulkUpdateResult> {
  const { ctx, action } = options;
  if (!ctx.can('inbox.use')) throw new AppError('forbidden', 'Your role does not allow this.');
  const ids = [...new Set(options.ids)];
  if (ids.length === 0) throw new AppError('bad_request', 'Select at least one conversation.');
  if (ids.length > BULK_MAX) throw new AppError('bad_request', `Select at most ${BULK_MAX} conversations at a time.`);
  if (action === 'assign' && options.assigneeId) await assertMember(ctx, options.assigneeId);

  const own = (await ctx.db.conversation.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((c) => c.id);
  let changed = 0;
  if (action === 'mark_read') {
    const unread = await ctx.db.conversation.findMany({ where: { id: { in: own }, unreadCount: { gt: 0 } }, select: { id: true } });
    const { count } = await ctx.db.conversation.updateMany({ where: { id: { in: unread.map((c) => c.id) } }, data: { unreadCount: 0 } });
    changed = count;
    for (const c of unread) await recordInboxEvent({ workspaceId: ctx.workspace.id, conversationId: c.id, type: 'conversation.updated', payload: { changes: ['unread'] } });
  } else {
    for (const conversationId of own) {
      try {
        const result =
          action === 'assign'
            ? await assignConversation({ ctx, conversationId, assigneeId: options.assigneeId ?? null })
            : await setConversationStatus({ ctx, conversationId, status: action === 'close' ? 'closed' : action === 'reopen' ? 'open' : 'snoozed', snoozedUntil: options.snoozedUntil ?? null });
        if (result.changed) changed++;
      } catch (error) {
        // A conversation that cannot be reopened (the contact has a newer one) is left as is;
        // the rest of the selection still goes through.
        if (!isAppError(error) || error.code !== 'conflict') throw error;
      }
    }
  }
  if (changed > 0) {
    await recordAudit({ ctx, action: `conversation.bulk_${action}`, targetType: 'conversation', metadata: { changed, requested: ids.length } }, ctx.db);
  }
  return { requested: ids.length, changed, unchanged: own.length - changed, ignored: ids.length - own.length };
}
