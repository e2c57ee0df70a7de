// "Sync templates" from the composer: an operator whose WhatsApp conversation needs a template
// pulls the number's approved templates from Meta right away instead of waiting for a resync.
import { AppError } from '../errors';
import { logger } from '../logger';
import { syncWhatsAppTemplates } from '../templates/sync-whatsapp-templates';
import type { WorkspaceContext } from '../workspaces/context';
import { getConversationOrThrow } from './get-conversation-or-throw';
import { assertChannelUsable } from './queue-outbound-message';

export async function syncConversationTemplates(options: { ctx: Pick<WorkspaceContext, 'db' | 'can'>; conversationId: string }): Promise<{ approved: number }> {
  const { ctx } = options;
  if (!ctx.can('inbox.use')) throw new AppError('forbidden', 'Your role does not allow this.');
  const { channel } = await getConversationOrThrow({ ctx, id: options.conversationId });
  if (channel.type !== 'whatsapp') throw new AppError('bad_request', 'Message templates exist only on WhatsApp.');
  assertChannelUsable(channel);
  try {
    await syncWhatsAppTemplates({ channelId: channel.id });
  } catch (error) {
    logger.warn({ err: error, channelId: channel.id }, 'template sync from the composer failed');
    throw new AppError('unavailable', 'Meta did not return the templates just now. Try again in a minute.');
  }
  const approved = await ctx.db.messageTemplate.count({ where: { channelId: channel.id, status: 'APPROVED' } });
  return { approved };
}
