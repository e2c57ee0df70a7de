// An operator's reply from the composer: conflict check against other operators' replies, the
// shared send path (queueOutboundMessage), then "the replier owns the conversation".
import { AppError } from '../errors';
import type { WorkspaceContext } from '../workspaces/context';
import { findNewerOperatorReply, relativeAgo } from './find-newer-operator-reply';
import { markOperatorReply } from './mark-operator-reply';
import type { OutboundContentInput } from './outbound-content.schema';
import { queueOutboundMessage, type OutboundMediaInput } from './queue-outbound-message';
import type { SendReplyInput } from './send-reply.schema';
import { outboundUploadContent } from './uploads/outbound-upload-content';

export async function sendOperatorReply(options: { ctx: WorkspaceContext; input: SendReplyInput; now?: Date }): Promise<{ messageId: string; duplicate: boolean }> {
  const { ctx, input } = options;
  const now = options.now ?? new Date();
  // A resubmit of a message that was already queued is not a conflict with anyone.
  const already = await ctx.db.message.findFirst({ where: { id: input.clientId }, select: { id: true } });
  if (!already && !input.confirm) {
    const newer = await findNewerOperatorReply({ ctx, conversationId: input.conversationId, userId: ctx.user.id, lastSeenMessageId: input.lastSeenMessageId ?? null });
    if (newer) {
      const message = `${newer.authorName} replied ${relativeAgo(newer.queuedAt, now)} — review it, then send again.`;
      throw new AppError('conflict', message, { code: 'reply_conflict', fieldErrors: { confirm: [message] } });
    }
  }
  const { content, media } = await contentOf(ctx, input);
  const result = await queueOutboundMessage({
    ctx, conversationId: input.conversationId, content, mode: input.mode, sender: 'operator', authorUserId: ctx.user.id, clientId: input.clientId, media,
  });
  if (!result.duplicate) await markOperatorReply({ ctx, conversationId: input.conversationId, userId: ctx.user.id, now });
  return { messageId: result.messageId, duplicate: result.duplicate };
}

async function contentOf(ctx: WorkspaceContext, input: SendReplyInput): Promise<{ content: OutboundContentInput; media?: OutboundMediaInput }> {
  if (input.type === 'template') {
    return { content: { type: 'template', name: input.templateName ?? '', language: input.templateLanguage ?? '', variables: input.variables } };
  }
  if (input.type === 'media') {
    if (!input.uploadId) throw new AppError('bad_request', 'Attach a file first.');
    return outboundUploadContent({ ctx, uploadId: input.uploadId });
  }
  return { content: { type: 'text', text: input.text } };
}
