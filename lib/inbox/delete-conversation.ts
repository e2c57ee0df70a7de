// "Delete conversation" (owners and admins): erases it for good with everything that repeats it
// (lib/erasure/erase-conversations.ts), audits the deletion with counts only, tells open inboxes
// to refresh, and emails the person who deleted it a confirmation.
import { recordAudit } from '../audit/record-audit';
import { sendEmail } from '../email/send-email';
import { describeErasure } from '../erasure/describe-erasure';
import { eraseConversations } from '../erasure/erase-conversations';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import { recordInboxEvent } from '../realtime/record-inbox-event';
import type { WorkspaceContext } from '../workspaces/context';

type Ctx = Pick<WorkspaceContext, 'workspace' | 'user' | 'db' | 'can'>;

export async function deleteConversation(options: { ctx: Ctx; conversationId: string; meta?: Partial<RequestMeta> | null }) {
  const { ctx } = options;
  if (!ctx.can('data.delete')) throw new AppError('forbidden', 'Only owners and admins can delete conversations.');
  const conversation = await ctx.db.conversation.findFirst({ where: { id: options.conversationId }, select: { id: true } });
  if (!conversation) throw new AppError('not_found', 'Conversation not found.');
  const counts = await eraseConversations({ workspaceId: ctx.workspace.id, conversationIds: [conversation.id] });
  await recordAudit({ action: 'conversation.deleted', ctx, meta: options.meta, targetType: 'conversation', metadata: counts });
  await recordInboxEvent({ workspaceId: ctx.workspace.id, type: 'conversation.updated', payload: { changes: ['deleted'] } });
  await sendEmail({
    to: ctx.user.email,
    template: 'privacy-notice',
    props: {
      name: ctx.user.name,
      subject: `You deleted a conversation in ${ctx.workspace.name}`,
      heading: 'Conversation deleted',
      paragraphs: [`You deleted a conversation in ${ctx.workspace.name}: ${describeErasure(counts)}. It cannot be restored.`, 'If this was not you, change your password and tell your workspace owner.'],
    },
  });
  return counts;
}
