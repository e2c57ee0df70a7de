import { assertWorkspaceCanSend } from '../billing/assert-workspace-can-send';
import { AppError } from '../errors';
import { enqueue } from '../jobs/enqueue';
import { recordInboxEvent } from '../realtime/record-inbox-event';
import type { WorkspaceContext } from '../workspaces/context';

/** Puts a failed outbound message back in the queue; the job re-checks the window and the channel. */
export async function retryFailedMessage(options: { ctx: Pick<WorkspaceContext, 'db' | 'can'>; messageId: string }): Promise<void> {
  const { ctx, messageId } = options;
  if (!ctx.can('inbox.use')) throw new AppError('forbidden', 'Your role does not allow sending messages.');
  const message = await ctx.db.message.findFirst({ where: { id: messageId }, select: { id: true, direction: true, status: true, workspaceId: true, conversationId: true } });
  if (!message) throw new AppError('not_found', 'Message not found');
  if (message.direction !== 'outbound' || message.status !== 'failed') throw new AppError('conflict', 'Only failed outgoing messages can be retried.');
  await assertWorkspaceCanSend({ workspaceId: message.workspaceId });
  const { count } = await ctx.db.message.updateMany({
    where: { id: messageId, status: 'failed' },
    data: { status: 'queued', errorCode: null, errorMessage: null, failedAt: null },
  });
  if (count === 0) return; // a concurrent retry won
  await recordInboxEvent({ workspaceId: message.workspaceId, conversationId: message.conversationId, type: 'message.updated', payload: { messageId, status: 'queued' } });
  await enqueue('send-message', { messageId }, { singletonKey: messageId });
}
