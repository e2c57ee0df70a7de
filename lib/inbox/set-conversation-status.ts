// Close, reopen, mark pending or snooze a conversation. Guarded on the status it had when read,
// so two operators acting at once change it once. A closed conversation gives up its open key
// (the next customer message starts a new conversation); reopening takes it back, unless the
// contact has started a newer conversation meanwhile.
import { Prisma } from '../generated/prisma/client';
import type { ConversationStatus } from '../generated/prisma/enums';
import { AppError } from '../errors';
import type { AutomationOrigin } from '../automations/automation-event.schema';
import { queueAutomationEvent } from '../automations/queue-automation-event';
import { enqueue } from '../jobs/enqueue';
import { recordInboxEvent } from '../realtime/record-inbox-event';
import type { WorkspaceContext } from '../workspaces/context';
import { conversationOpenKey } from './find-or-create-open-conversation';

export type SetConversationStatusOptions = {
  ctx: Pick<WorkspaceContext, 'db' | 'can' | 'workspace'> & { user?: { id: string } };
  conversationId: string;
  status: ConversationStatus;
  /** Required for `snoozed`; must be in the future. */
  snoozedUntil?: Date | null;
  now?: Date;
  /** Set when an automation rule made the change (loop guard for the rules it triggers). */
  origin?: AutomationOrigin;
};

export async function setConversationStatus(options: SetConversationStatusOptions): Promise<{ changed: boolean }> {
  const { ctx, conversationId, status } = options;
  if (!ctx.can('inbox.use')) throw new AppError('forbidden', 'Your role does not allow this.');
  const now = options.now ?? new Date();
  if (status === 'snoozed' && (!options.snoozedUntil || options.snoozedUntil <= now)) {
    throw new AppError('bad_request', 'Choose a time in the future to snooze until.', { fieldErrors: { snoozedUntil: ['Choose a time in the future.'] } });
  }
  const current = await ctx.db.conversation.findFirst({ where: { id: conversationId }, select: { status: true, snoozedUntil: true, contactId: true, postId: true } });
  if (!current) throw new AppError('not_found', 'This conversation does not exist in this workspace.');
  const snoozedUntil = status === 'snoozed' ? options.snoozedUntil! : null;
  if (current.status === status && current.snoozedUntil?.getTime() === snoozedUntil?.getTime()) return { changed: false };

  // Only closing and reopening move the open key; other changes leave it alone.
  const openKey = status === 'closed' ? { openKey: null } : current.status === 'closed' ? { openKey: conversationOpenKey(current.contactId, current.postId) } : {};
  // Reports: resolution time and "closed by" read these; reopening clears them so a later close counts.
  const closeFacts = status === 'closed' ? { closedAt: now, closedById: ctx.user?.id ?? null } : current.status === 'closed' ? { closedAt: null, closedById: null } : {};
  let count: number;
  try {
    ({ count } = await ctx.db.conversation.updateMany({ where: { id: conversationId, status: current.status }, data: { status, snoozedUntil, ...openKey, ...closeFacts } }));
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('conflict', 'This contact has a newer open conversation; continue there instead of reopening this one.', { code: 'newer_open_conversation' });
    }
    throw error;
  }
  if (count === 0) return { changed: false };
  // The satisfaction question goes out from a job (never in the operator's request); the job
  // decides whether CSAT is on and the window open, and sends at most once per conversation.
  if (status === 'closed') await enqueue('send-csat-survey', { workspaceId: ctx.workspace.id, conversationId }, { singletonKey: conversationId });
  await recordInboxEvent({ workspaceId: ctx.workspace.id, conversationId, type: 'conversation.updated', payload: { changes: ['status'], status } });
  if (status === 'closed') {
    await queueAutomationEvent({ workspaceId: ctx.workspace.id, trigger: 'conversation_closed', conversationId, eventKey: `conversation_closed:${conversationId}:${now.getTime()}`, origin: options.origin });
  }
  return { changed: true };
}
