// "Delete conversation" (owners and admins): erases it for good with everything that repeats it
// (lib/erasure/erase-conversations.ts), then audits, refreshes open inboxes and confirms by email.
import { eraseConversations } from '../erasure/erase-conversations';
import { recordInProductDeletion } from '../erasure/record-in-product-deletion';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import type { WorkspaceContext } from '../workspaces/context';

type Ctx = Pick<WorkspaceContext, 'workspace' | 'user' | 'db' | 'can'>;

export async function deleteConversation(options: { ctx: Ctx; conversationId: string; meta?: Partial<RequestMeta> | null }) {
  const { ctx } = options;
  if (!ctx.can('data.delete')) throw new AppError('forbidden', 'Only owners and admins can delete conversations.');
  const conversation = await ctx.db.conversation.findFirst({ where: { id: options.conversationId }, select: { id: true } });
  if (!conversation) throw new AppError('not_found', 'Conversation not found.');
  const counts = await eraseConversations({ workspaceId: ctx.workspace.id, conversationIds: [conversation.id] });
  await recordInProductDeletion({ ctx, subject: 'conversation', counts, meta: options.meta });
  return counts;
}
